import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiForbiddenResponse, ApiOkResponse, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { assertCountryScope, CurrentPrincipal, IsCountry, pageOf, PageParams, Roles, type Principal } from '@homeward/platform';
import { answer } from '../openapi/answer';
import { ListUnmetNeedsQuery, type UnmetNeedsListPage } from './list-unmet-needs.query';

const STATUSES = ['open', 'met', 'closed'] as const;

export class ListUnmetNeedsParams extends PageParams {
  @ApiPropertyOptional({ example: 'SN', description: 'Only the needs recorded in this country (one of yours)' })
  @IsOptional()
  @IsCountry()
  country?: string;

  @ApiPropertyOptional({ enum: STATUSES, description: 'Only the needs still open, met, or closed' })
  @IsOptional()
  @IsIn(STATUSES)
  status?: (typeof STATUSES)[number];
}

@ApiTags('unmet needs')
@ApiBearerAuth()
@Controller('unmet-needs')
export class UnmetNeedsController {
  constructor(private readonly queries: QueryBus) {}

  /** The needs no provider could meet, tracked until met or closed: for the people who follow cases and programmes. */
  @Get()
  @Roles('case_manager', 'supervisor', 'me_officer', 'auditor')
  @ApiOkResponse({ description: 'One page of the unmet needs of your countries, the latest recorded first: type, place, case, source and status', schema: answer('UnmetNeedPage') })
  @ApiForbiddenResponse({ description: 'A role that does not follow cases (ROLE_NOT_ALLOWED), or a country outside yours (OUT_OF_COUNTRY_SCOPE)' })
  list(@Query() params: ListUnmetNeedsParams, @CurrentPrincipal() principal: Principal): Promise<UnmetNeedsListPage> {
    if (params.country) assertCountryScope(principal, params.country);
    return this.queries.execute(new ListUnmetNeedsQuery(principal, { country: params.country, status: params.status }, pageOf(params)));
  }
}
