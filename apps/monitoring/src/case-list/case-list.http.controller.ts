import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import { assertCountryScope, CurrentPrincipal, Roles, type Principal } from '@homeward/platform';
import type { CaseListItem } from './case-list.projection';
import { ListCasesQuery } from './list-cases.query';

export class ListCasesParams {
  @ApiPropertyOptional({ example: 'SN' })
  @IsOptional()
  @Matches(/^[A-Z]{2}$/, { message: 'country must be an ISO 3166-1 alpha-2 code such as SN' })
  country?: string;

  @ApiPropertyOptional({ default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(500)
  limit?: number;

  @ApiPropertyOptional({ default: 0 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  skip?: number;
}

@ApiTags('cases')
@ApiBearerAuth()
@Controller('cases')
export class CaseListController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @Roles('case_manager', 'supervisor', 'me_officer', 'auditor')
  list(@Query() params: ListCasesParams, @CurrentPrincipal() principal: Principal): Promise<CaseListItem[]> {
    if (params.country) assertCountryScope(principal, params.country);
    return this.queries.execute(new ListCasesQuery(principal, params.country, params.limit ?? 50, params.skip ?? 0));
  }
}
