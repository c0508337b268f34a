import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, pageOf, PageParams, Roles, type Page, type Principal, RecordsAccess } from '@homeward/platform';
import type { CaseloadItem } from '../caseload/caseload.query';
import { IncomingCasesQuery } from './incoming-cases.query';
import { answer } from '../openapi/answer';

@ApiTags('caseload')
@ApiBearerAuth()
@Controller('incoming-cases')
export class IncomingCasesController {
  constructor(private readonly queries: QueryBus) {}

  /** What a supervisor assigns and a case manager may accept: transferred cases nobody in the office holds yet. */
  @RecordsAccess('incoming_cases', { answer: 'caseId' })
  @Get()
  @Roles('case_manager', 'supervisor', 'auditor')
  @ApiOkResponse({ description: 'One page of cases transferred to your offices and not yet assigned, the longest waiting first', schema: answer('CaseloadPage') })
  incoming(@Query() params: PageParams, @CurrentPrincipal() principal: Principal): Promise<Page<CaseloadItem>> {
    return this.queries.execute(new IncomingCasesQuery(principal, pageOf(params)));
  }
}
