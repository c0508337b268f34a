import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, type Principal, Roles, UuidParam, RecordsAccess } from '@homeward/platform';
import { CaseHistoryQuery, type HistoryEvent } from './case-history.query';
import { CaseHistoryParams } from './case-history.request.dto';
import { answer } from '../openapi/answer';

@ApiTags('cases')
@ApiBearerAuth()
@Controller('cases')
export class CaseHistoryController {
  constructor(private readonly queries: QueryBus) {}

  @RecordsAccess('case_history')
  @Get(':caseId/history')
  @Roles('auditor', 'supervisor')
  @ApiOkResponse({ description: 'The case’s events as recorded, with every personal detail, in order', schema: answer('CaseHistory') })
  @ApiForbiddenResponse({ description: 'OUT_OF_COUNTRY_SCOPE (an auditor of neither country of the case), or NOT_CASE_OFFICE_SUPERVISOR (a supervisor of another office than the one holding the case)' })
  @ApiNotFoundResponse({ description: 'CASE_NOT_FOUND' })
  history(
    @UuidParam('caseId') caseId: string,
    @Query() params: CaseHistoryParams,
    @CurrentPrincipal() principal: Principal,
  ): Promise<HistoryEvent[]> {
    return this.queries.execute(new CaseHistoryQuery(caseId, principal, params.asOf ? new Date(params.asOf) : undefined));
  }
}
