import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import type { PlanStatus } from '@homeward/domain';
import { assertCountryScope, CurrentPrincipal, pageOf, Roles, type Principal } from '@homeward/platform';
import { PLAN_READERS } from '../plan-scope';
import { CountryPageParams } from '../country-page.params';
import { answer } from '../openapi/answer';
import { ListPlansQuery, type PlanListPage } from './list-plans.query';

const PLAN_STATUSES: readonly PlanStatus[] = ['due', 'draft', 'submitted', 'approved', 'active', 'revised', 'suspended', 'completed', 'closed'];

export class ListPlansParams extends CountryPageParams {
  @ApiPropertyOptional({ enum: PLAN_STATUSES, description: 'Only plans at this stage' })
  @IsOptional()
  @IsIn(PLAN_STATUSES)
  status?: PlanStatus;
}

@ApiTags('plans')
@ApiBearerAuth()
@Controller('plans')
export class PlanListController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @Roles(...PLAN_READERS)
  @ApiOkResponse({ description: 'One page of the plans of your countries, the last changed first', schema: answer('PlanListPage') })
  list(@Query() params: ListPlansParams, @CurrentPrincipal() principal: Principal): Promise<PlanListPage> {
    if (params.country) assertCountryScope(principal, params.country);
    return this.queries.execute(new ListPlansQuery(principal, { status: params.status, country: params.country }, pageOf(params)));
  }
}
