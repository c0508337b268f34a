import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';
import { PROGRAMME_PATTERN } from '@homeward/contracts/planning';
import { assertCountryScope, CurrentPrincipal, pageOf, Roles, type Principal } from '@homeward/platform';
import { CountryPageParams } from '../country-page.params';
import { PLAN_READERS } from '../plan-scope';
import { answer } from '../openapi/answer';
import { programmeRule } from '../feasibility-grids/grid-address';
import { DisbursementTotalsQuery, type DisbursementTotalsPage } from './disbursement-totals.query';

export class DisbursementTotalsParams extends CountryPageParams {
  @ApiPropertyOptional({ example: 'example-reintegration-programme', description: 'Only the allocations of this programme' })
  @IsOptional()
  @Matches(PROGRAMME_PATTERN, programmeRule)
  programme?: string;
}

@ApiTags('allocations')
@ApiBearerAuth()
@Controller('disbursements')
export class DisbursementTotalsController {
  constructor(private readonly queries: QueryBus) {}

  @Get('totals')
  @Roles(...PLAN_READERS)
  @ApiOkResponse({
    description:
      'Per country holding the plans, programme and currency: the amounts approved and disbursed, in the currency’s minor unit; programme null for allocations decided before they named their programme',
    schema: answer('DisbursementTotalsPage'),
  })
  totals(@Query() params: DisbursementTotalsParams, @CurrentPrincipal() principal: Principal): Promise<DisbursementTotalsPage> {
    if (params.country) assertCountryScope(principal, params.country);
    return this.queries.execute(new DisbursementTotalsQuery(principal, { country: params.country, programme: params.programme }, pageOf(params)));
  }
}
