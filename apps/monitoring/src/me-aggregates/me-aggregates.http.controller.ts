import { Controller, Get, Query, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiOkResponse, ApiProduces, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, Matches } from 'class-validator';
import { assertCountryScope, CurrentPrincipal, IsCountry, Optional, Roles, type Principal } from '@homeward/platform';
import { answer, type MonitoringAnswer } from '../openapi/answer';
import { aggregateCsv } from './aggregates-csv';
import { MeAggregates, type AggregateQuery } from './me-aggregates.query';
import type { AggregateView } from './me-aggregates.views';

const FORMATS = ['json', 'csv'] as const;
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

export class AggregateParams {
  @ApiPropertyOptional({ example: 'SN', description: 'Only this country (one of yours); by default all of your countries' })
  @Optional()
  @IsCountry()
  country?: string;

  @ApiPropertyOptional({ example: '2027-01', description: 'From this month (YYYY-MM), inclusive' })
  @Optional()
  @Matches(MONTH, { message: 'from must be a month as YYYY-MM', context: { fr: 'doit être un mois au format AAAA-MM' } })
  from?: string;

  @ApiPropertyOptional({ example: '2027-12', description: 'Up to this month (YYYY-MM), inclusive' })
  @Optional()
  @Matches(MONTH, { message: 'to must be a month as YYYY-MM', context: { fr: 'doit être un mois au format AAAA-MM' } })
  to?: string;

  @ApiPropertyOptional({ enum: FORMATS, description: 'json (the default) or csv: a header row, then a row each; a withheld count reads "<5"' })
  @Optional()
  @IsIn(FORMATS)
  format?: (typeof FORMATS)[number];
}

/** Who reads the aggregates: M&E officers and data analysts (who read nothing else here), supervisors and auditors. */
const AGGREGATE_READERS = ['me_officer', 'data_analyst', 'supervisor', 'auditor'] as const;


const WITHHELD = 'a count from 1 to 4, or one the others of its row would give away, is withheld (null in JSON, "<5" in CSV), and so is a figure over fewer than 5 cases';

/**
 * The M&E indicators of issue 14.8, counts and figures per country and month (RSS: quarter), no case
 * and no person, in JSON or CSV. Service providers and case managers are refused (403).
 */
@ApiTags('aggregates')
@ApiBearerAuth()
@Controller('aggregates')
export class MeAggregatesController {
  constructor(private readonly aggregates: MeAggregates) {}

  @Get('caseload')
  @Aggregate({ schema: 'CaseloadAggregate', description: 'Cases followed by monitoring per country, open and closed' })
  caseload(@Query() params: AggregateParams, @CurrentPrincipal() principal: Principal) {
    return this.answer(params, principal, 'caseload', ['country', 'total', 'open', 'closed'], (q) => this.aggregates.caseload(q));
  }

  @Get('overdue-follow-ups')
  @Aggregate({ schema: 'OverdueFollowUpsAggregate', description: 'Follow-ups raised overdue and still not held, per country and kind' })
  overdue(@Query() params: AggregateParams, @CurrentPrincipal() principal: Principal) {
    return this.answer(params, principal, 'overdue-follow-ups', ['country', 'total', 'meeting', 'rss_survey'], (q) => this.aggregates.overdueFollowUps(q));
  }

  @Get('rss-averages')
  @Aggregate({ schema: 'RssAveragesAggregate', description: 'RSS averages per dimension, country, quarter and table version; a provisional table is said so' })
  rss(@Query() params: AggregateParams, @CurrentPrincipal() principal: Principal) {
    return this.answer(params, principal, 'rss-averages', ['country', 'period', 'tableVersion', 'provisional', 'surveys', 'economic', 'social', 'psychosocial', 'composite'], (q) => this.aggregates.rssAverages(q));
  }

  @Get('plan-deadline')
  @Aggregate({ schema: 'PlanDeadlineAggregate', description: 'Plans due per country and month (a month after arrival): approved within it, later, not yet; derogations; the on-time rate' })
  deadline(@Query() params: AggregateParams, @CurrentPrincipal() principal: Principal) {
    return this.answer(params, principal, 'plan-deadline', ['country', 'month', 'due', 'onTime', 'late', 'notApproved', 'derogated', 'onTimeRate'], (q) => this.aggregates.planDeadline(q));
  }

  @Get('time-to-plan')
  @Aggregate({ schema: 'TimeToPlanAggregate', description: 'Days from arrival to the approved plan per country and month of approval: median and 90th percentile' })
  timeToPlan(@Query() params: AggregateParams, @CurrentPrincipal() principal: Principal) {
    return this.answer(params, principal, 'time-to-plan', ['country', 'month', 'plans', 'medianDays', 'p90Days'], (q) => this.aggregates.timeToPlan(q));
  }

  @Get('unmet-needs')
  @Aggregate({ schema: 'UnmetNeedsAggregate', description: 'Unmet needs recorded per country, month and service type (the CSV), and where each country\'s stand now: open, met, closed' })
  unmetNeeds(@Query() params: AggregateParams, @CurrentPrincipal() principal: Principal) {
    return this.answer(params, principal, 'unmet-needs', ['country', 'month', 'serviceType', 'recorded'], (q) => this.aggregates.unmetNeeds(q));
  }

  private async answer<Row extends object, V extends AggregateView<Row>>(
    params: AggregateParams,
    principal: Principal,
    name: string,
    columns: ReadonlyArray<keyof Row & string>,
    read: (query: AggregateQuery) => Promise<V>,
  ): Promise<V | StreamableFile> {
    if (params.country) assertCountryScope(principal, params.country);
    const view = await read({ principal, country: params.country, from: params.from, to: params.to });
    if (params.format !== 'csv') return view;
    const file = `${name}-${params.country ?? 'all'}.csv`;
    return new StreamableFile(Buffer.from(aggregateCsv(columns, view.rows), 'utf8'), { type: 'text/csv; charset=utf-8', disposition: `attachment; filename="${file}"` });
  }
}

/** The roles, the answer's two forms and the refusals every aggregate shares. */
function Aggregate({ schema, description }: { schema: MonitoringAnswer; description: string }): MethodDecorator {
  return (target, key, descriptor) => {
    Roles(...AGGREGATE_READERS)(target, key, descriptor);
    ApiProduces('application/json', 'text/csv')(target, key, descriptor);
    ApiOkResponse({ description: `${description}; ${WITHHELD}`, content: { 'application/json': { schema: answer(schema) }, 'text/csv': { schema: { type: 'string' } } } })(target, key, descriptor);
    ApiForbiddenResponse({ description: 'A role that does not read aggregates (ROLE_NOT_ALLOWED), or a country outside yours (OUT_OF_COUNTRY_SCOPE)' })(target, key, descriptor);
  };
}
