import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional } from 'class-validator';
import { assertCountryScope, CurrentPrincipal, pageOf, Roles, type Principal } from '@homeward/platform';
import { PLAN_READERS } from '../plan-scope';
import { CountryPageParams } from '../country-page.params';
import { answer } from '../openapi/answer';
import { DuePlansQuery, type DuePlansPage } from './due-plans.query';

export class DuePlansParams extends CountryPageParams {
  @ApiPropertyOptional({ type: Boolean, description: 'true: only plans past their deadline in their office today; false: only those still in time' })
  @IsOptional()
  // A query string is text: "true" and "false" are the booleans, anything else stays text and is refused.
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean({ message: '$property must be true or false', context: { fr: 'doit être true ou false' } })
  overdue?: boolean;
}

@ApiTags('plans')
@ApiBearerAuth()
@Controller('plans/due')
export class DuePlansController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @Roles(...PLAN_READERS)
  @ApiOkResponse({ description: 'One page of the plans of your countries not yet approved, the nearest deadline first, each saying whether it is late today', schema: answer('DuePlansPage') })
  due(@Query() params: DuePlansParams, @CurrentPrincipal() principal: Principal): Promise<DuePlansPage> {
    if (params.country) assertCountryScope(principal, params.country);
    return this.queries.execute(new DuePlansQuery(principal, { country: params.country, overdue: params.overdue }, pageOf(params)));
  }
}
