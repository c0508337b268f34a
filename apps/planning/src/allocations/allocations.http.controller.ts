import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { assertCountryScope, CurrentPrincipal, pageOf, Roles, type Principal } from '@homeward/platform';
import { PLAN_READERS } from '../plan-scope';
import { CountryPageParams } from '../country-page.params';
import { answer } from '../openapi/answer';
import { ListAllocationsQuery, type AllocationsPage } from './list-allocations.query';

export class ListAllocationsParams extends CountryPageParams {
  @ApiPropertyOptional({ enum: ['approval'], description: 'approval: only the allocations a supervisor has still to approve' })
  @IsOptional()
  @IsIn(['approval'])
  awaiting?: 'approval';
}

@ApiTags('allocations')
@ApiBearerAuth()
@Controller('allocations')
export class AllocationsController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @Roles(...PLAN_READERS)
  @ApiOkResponse({ description: 'One page of the financial allocations of your countries: amount, currency, instalments, approval and total disbursed', schema: answer('AllocationsPage') })
  list(@Query() params: ListAllocationsParams, @CurrentPrincipal() principal: Principal): Promise<AllocationsPage> {
    if (params.country) assertCountryScope(principal, params.country);
    return this.queries.execute(new ListAllocationsQuery(principal, { country: params.country, awaitingApproval: params.awaiting === 'approval' }, pageOf(params)));
  }
}
