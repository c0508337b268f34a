import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { assertCountryScope, CurrentPrincipal, IsCountry, pageOf, PageParams, Roles, type Principal } from '@homeward/platform';
import { answer } from '../openapi/answer';
import { ListEscalationsQuery, type EscalationsPage } from './escalations.query';

const STATUSES = ['open', 'resolved'] as const;

export class EscalationsParams extends PageParams {
  @ApiPropertyOptional({ example: 'SN', description: 'Only those escalated to this office' })
  @IsOptional()
  @IsCountry()
  country?: string;

  @ApiPropertyOptional({ enum: STATUSES, default: 'open', description: 'open: still unacknowledged (the default); resolved: acknowledged, answered or ended since' })
  @IsOptional()
  @IsIn(STATUSES)
  status?: (typeof STATUSES)[number];
}

@ApiTags('urgent referrals')
@ApiBearerAuth()
@Controller('referrals/escalations')
export class EscalationsController {
  constructor(private readonly queries: QueryBus) {}

  /** For the supervisors an escalation goes to, and for auditors: no provider, case manager or analyst. */
  @Get()
  @Roles('supervisor', 'auditor')
  @ApiOkResponse({ description: 'One page of the urgent referrals escalated to your offices for want of an acknowledgement in time, the longest overdue first', schema: answer('EscalationsPage') })
  list(@Query() params: EscalationsParams, @CurrentPrincipal() principal: Principal): Promise<EscalationsPage> {
    if (params.country) assertCountryScope(principal, params.country);
    return this.queries.execute(new ListEscalationsQuery(principal, { country: params.country, status: params.status ?? 'open' }, pageOf(params)));
  }
}
