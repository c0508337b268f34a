import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { assertCountryScope, CurrentPrincipal, IsCountry, pageOf, PageParams, Roles, type Principal } from '@homeward/platform';
import { PLAN_READERS } from '../plan-scope';
import { answer } from '../openapi/answer';
import { DisbursementTotalsQuery, type DisbursementTotalsPage } from './disbursement-totals.query';

export class DisbursementTotalsParams extends PageParams {
  @ApiPropertyOptional({ example: 'SN', description: 'Only the plans held in this country' })
  @IsOptional()
  @IsCountry()
  country?: string;
}

@ApiTags('allocations')
@ApiBearerAuth()
@Controller('disbursements')
export class DisbursementTotalsController {
  constructor(private readonly queries: QueryBus) {}

  @Get('totals')
  @Roles(...PLAN_READERS)
  @ApiOkResponse({
    description: 'Per country holding the plans and per currency: the amounts approved and disbursed, in the currency’s minor unit (no programme is recorded on plans: the country stands for it)',
    schema: answer('DisbursementTotalsPage'),
  })
  totals(@Query() params: DisbursementTotalsParams, @CurrentPrincipal() principal: Principal): Promise<DisbursementTotalsPage> {
    if (params.country) assertCountryScope(principal, params.country);
    return this.queries.execute(new DisbursementTotalsQuery(principal, params.country, pageOf(params)));
  }
}
