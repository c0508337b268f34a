import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { assertCountryScope, CurrentPrincipal, IsCountry, pageOf, PageParams, Roles, type Page, type Principal, RecordsAccess } from '@homeward/platform';
import type { CaseListItem } from './case-list.projection';
import { ListCasesQuery } from './list-cases.query';
import { answer } from '../openapi/answer';

export class ListCasesParams extends PageParams {
  @ApiPropertyOptional({ example: 'SN', description: 'Only cases crossing this country (host country or country of origin)' })
  @IsOptional()
  @IsCountry()
  country?: string;
}

@ApiTags('cases')
@ApiBearerAuth()
@Controller('cases')
export class CaseListController {
  constructor(private readonly queries: QueryBus) {}

  @RecordsAccess('monitoring_case_list', { answer: 'caseId' })
  @Get()
  @Roles('case_manager', 'supervisor', 'me_officer', 'auditor')
  @ApiOkResponse({ description: 'One page of cases of your countries, the newest first', schema: answer('CaseListPage') })
  list(@Query() params: ListCasesParams, @CurrentPrincipal() principal: Principal): Promise<Page<CaseListItem>> {
    if (params.country) assertCountryScope(principal, params.country);
    return this.queries.execute(new ListCasesQuery(principal, params.country, pageOf(params)));
  }
}
