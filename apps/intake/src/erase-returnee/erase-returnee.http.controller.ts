import { Body, Controller } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, type Principal, UuidParam } from '@homeward/platform';
import { CaseCommands, type CaseCommandResult } from '../case-commands/case-commands';
import { CaseWrite } from '../case-commands/case-write.decorator';
import { EraseReturneeRequest } from './erase-returnee.request.dto';

/** The returnee's personal data is erased by destroying their keys; the case and its history stay, unreadable where they were personal. */
@ApiTags('cases')
@Controller('cases')
export class EraseReturneeController {
  constructor(private readonly cases: CaseCommands) {}

  /** A supervisor of the office holding the case, or an admin; a second request is 409 ALREADY_ERASED. */
  @CaseWrite(':caseId/erasure', 'Returnee erased: every personal detail of the case reads "erased"', { roles: ['supervisor', 'admin'] })
  erase(@UuidParam('caseId') caseId: string, @Body() request: EraseReturneeRequest, @CurrentPrincipal() principal: Principal): Promise<CaseCommandResult> {
    return this.cases.execute(principal, { type: 'EraseReturnee', data: { caseId, reason: request.reason } });
  }
}
