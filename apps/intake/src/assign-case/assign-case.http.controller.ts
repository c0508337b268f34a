import { Body, Controller } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, type Principal, UuidParam } from '@homeward/platform';
import { CaseCommands, type CaseCommandResult } from '../case-commands/case-commands';
import { CaseWrite } from '../case-commands/case-write.decorator';
import { AssignCaseRequest } from './assign-case.request.dto';

/** Who manages a case inside the office holding it: a supervisor decides, or a case manager takes on an incoming case. */
@ApiTags('cases')
@Controller('cases')
export class AssignCaseController {
  constructor(private readonly cases: CaseCommands) {}

  /** A supervisor of the office assigns the case: an incoming case, or a reassignment. */
  @CaseWrite(':caseId/assignment', 'Case assigned', { roles: ['supervisor'] })
  assign(@UuidParam('caseId') caseId: string, @Body() request: AssignCaseRequest, @CurrentPrincipal() principal: Principal): Promise<CaseCommandResult> {
    return this.cases.execute(principal, { type: 'AssignCase', data: { caseId, caseManagerId: request.caseManagerId } });
  }

  /** A case manager of the office takes on a case waiting in its incoming list. */
  @CaseWrite(':caseId/acceptance', 'Case accepted', { roles: ['case_manager'] })
  accept(@UuidParam('caseId') caseId: string, @CurrentPrincipal() principal: Principal): Promise<CaseCommandResult> {
    return this.cases.execute(principal, { type: 'AcceptCase', data: { caseId } });
  }
}
