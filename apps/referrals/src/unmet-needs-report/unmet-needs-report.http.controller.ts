import { Controller, Get, Query, StreamableFile } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiForbiddenResponse, ApiOkResponse, ApiProduces, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { assertCountryScope, CurrentPrincipal, IsCountry, Roles, type Principal } from '@homeward/platform';
import { answer } from '../openapi/answer';
import { reportCsv } from './report-csv';
import { UnmetNeedsReportQuery, type UnmetNeedsReportView } from './unmet-needs-report.query';

const FORMATS = ['json', 'csv'] as const;

export class UnmetNeedsReportParams {
  @ApiPropertyOptional({ example: 'SN', description: 'Only the needs recorded in this country (one of yours); by default all of your countries' })
  @IsOptional()
  @IsCountry()
  country?: string;

  @ApiPropertyOptional({ enum: FORMATS, description: 'json (the default) or csv: a header row, then a row per country, area and service type' })
  @IsOptional()
  @IsIn(FORMATS)
  format?: (typeof FORMATS)[number];
}

/**
 * The unmet-needs report, for advocacy (handbook 2.3.2): counts by country, area and service type,
 * no case and no person, counts under 5 withheld. For those who report on the programme, and auditors.
 */
@ApiTags('reports')
@ApiBearerAuth()
@Controller('reports')
export class UnmetNeedsReportController {
  constructor(private readonly queries: QueryBus) {}

  @Get('unmet-needs')
  @Roles('me_officer', 'supervisor', 'auditor', 'data_analyst')
  @ApiProduces('application/json', 'text/csv')
  @ApiOkResponse({
    description: 'Recorded, open, met and closed unmet needs per country, area and service type; a count from 1 to 4, or one the others of its row would give away, is withheld (null in JSON, "<5" in CSV)',
    content: { 'application/json': { schema: answer('UnmetNeedsReport') }, 'text/csv': { schema: { type: 'string' } } },
  })
  @ApiForbiddenResponse({ description: 'A role that does not report (ROLE_NOT_ALLOWED), or a country outside yours (OUT_OF_COUNTRY_SCOPE)' })
  async report(@Query() params: UnmetNeedsReportParams, @CurrentPrincipal() principal: Principal): Promise<UnmetNeedsReportView | StreamableFile> {
    if (params.country) assertCountryScope(principal, params.country);
    const report: UnmetNeedsReportView = await this.queries.execute(new UnmetNeedsReportQuery(principal, params.country));
    if (params.format !== 'csv') return report;
    const name = `unmet-needs-${params.country ?? 'all'}.csv`;
    return new StreamableFile(Buffer.from(reportCsv(report.rows), 'utf8'), { type: 'text/csv; charset=utf-8', disposition: `attachment; filename="${name}"` });
  }
}
