import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { assertCountryScope, CurrentPrincipal, IsCountry, Optional, pageOf, PageParams, Roles, type Page, type Principal } from '@homeward/platform';
import { answer } from '../openapi/answer';
import { AlertLists } from './alerts.query';
import type { OverdueFollowUp } from './overdue-follow-ups.projection';
import type { CaseReportsDue } from './reports-due.projection';

export class AlertListParams extends PageParams {
  @ApiPropertyOptional({ example: 'SN', description: 'Only cases whose plan this country holds' })
  @Optional()
  @IsCountry()
  country?: string;
}

import { MONITORING_READERS as READERS } from '../monitoring-commands/monitoring-readers';

@ApiTags('alerts')
@ApiBearerAuth()
@Controller('alerts')
export class AlertsController {
  constructor(private readonly lists: AlertLists) {}

  @Get('overdue-follow-ups')
  @Roles(...READERS)
  @ApiOkResponse({ description: 'Follow-ups of your countries raised overdue and still not held, the longest overdue first', schema: answer('OverdueFollowUpPage') })
  overdue(@Query() params: AlertListParams, @CurrentPrincipal() principal: Principal): Promise<Page<OverdueFollowUp>> {
    if (params.country) assertCountryScope(principal, params.country);
    return this.lists.overdueFollowUps(principal, params.country, pageOf(params));
  }

  @Get('reports-due')
  @Roles(...READERS)
  @ApiOkResponse({ description: 'Open cases of your countries with a monitoring report due and not issued, the earliest due first', schema: answer('ReportsDuePage') })
  reportsDue(@Query() params: AlertListParams, @CurrentPrincipal() principal: Principal): Promise<Page<CaseReportsDue>> {
    if (params.country) assertCountryScope(principal, params.country);
    return this.lists.reportsDue(principal, params.country, pageOf(params));
  }
}
