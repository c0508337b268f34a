import { Body, Controller } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, type Principal, UuidParam } from '@homeward/platform';
import { CaseCommands, type CaseCommandResult } from '../case-commands/case-commands';
import { CaseWrite } from '../case-commands/case-write.decorator';
import { TransferCaseRequest } from './transfer-case.request.dto';

@ApiTags('cases')
@Controller('cases')
export class TransferCaseController {
  constructor(private readonly cases: CaseCommands) {}

  /**
   * Hands the case to the country-of-origin office, where it waits in the incoming list; from
   * then on only that office writes to it. By the case's own case manager or a supervisor of its office.
   */
  @CaseWrite(':caseId/transfer', 'Case transferred')
  transfer(@UuidParam('caseId') caseId: string, @Body() request: TransferCaseRequest, @CurrentPrincipal() principal: Principal): Promise<CaseCommandResult> {
    return this.cases.execute(principal, { type: 'TransferCase', data: { caseId, handoverNote: request.handoverNote } });
  }
}
