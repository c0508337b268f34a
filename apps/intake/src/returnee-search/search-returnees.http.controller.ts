import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { badRequest, CurrentPrincipal, Roles, type Principal, RecordsAccess } from '@homeward/platform';
import { SearchReturneesQuery, type ReturneeMatch } from './search-returnees.query';
import { SearchReturneesParams } from './search-returnees.request.dto';
import { answer } from '../openapi/answer';

@ApiTags('returnees')
@ApiBearerAuth()
@Controller('returnees')
export class SearchReturneesController {
  constructor(private readonly queries: QueryBus) {}

  @RecordsAccess('returnee_search', { answer: 'caseId' })
  @Get()
  @Roles('case_manager', 'supervisor', 'auditor')
  @ApiOkResponse({ description: 'Up to 50 returnees of cases in your country scope: case, names, date of birth, nationality, office', schema: answer('ReturneeMatches') })
  search(@Query() params: SearchReturneesParams, @CurrentPrincipal() principal: Principal): Promise<ReturneeMatch[]> {
    // Listing everyone is not a search: a name or a date of birth narrows it.
    if (!params.name && !params.dateOfBirth) throw badRequest([{ field: 'name', message: 'give a name or a dateOfBirth', fr: 'indiquez un nom ou une date de naissance' }]);
    return this.queries.execute(new SearchReturneesQuery(principal, params.name, params.dateOfBirth));
  }
}
