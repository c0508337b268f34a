import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiForbiddenResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { IntakeError } from '@homeward/domain';
import { CurrentPrincipal, pageOf, Roles, type Principal, RecordsAccess } from '@homeward/platform';
import { CaseloadQuery, type CaseloadPage } from './caseload.query';
import { CaseloadParams } from './caseload.request.dto';
import { answer } from '../openapi/answer';

@ApiTags('caseload')
@ApiBearerAuth()
@Controller('caseload')
export class CaseloadController {
  constructor(private readonly queries: QueryBus) {}

  @RecordsAccess('caseload', { answer: 'caseId' })
  @Get()
  @Roles('case_manager', 'supervisor', 'auditor')
  @ApiOkResponse({ description: 'One page of cases: returnee, office, status, open urgent needs, last and next session', schema: answer('CaseloadPage') })
  @ApiForbiddenResponse({ description: 'NOT_OWN_CASELOAD: a case manager asked for someone else’s caseload' })
  caseload(@Query() params: CaseloadParams, @CurrentPrincipal() principal: Principal): Promise<CaseloadPage> {
    if (principal.role === 'case_manager' && params.caseManagerId !== undefined && params.caseManagerId !== principal.userId) {
      throw new IntakeError('NOT_OWN_CASELOAD');
    }
    return this.queries.execute(new CaseloadQuery(principal, params.caseManagerId, pageOf(params).limit, pageOf(params).offset));
  }
}
