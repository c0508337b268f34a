import { Body, Controller } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, type Principal, UuidParam } from '@homeward/platform';
import { CaseCommands, type CaseCommandResult } from '../case-commands/case-commands';
import { CaseWrite } from '../case-commands/case-write.decorator';
import { AddressUrgentNeedRequest } from './address-urgent-need.request.dto';

@ApiTags('assessment')
@Controller('cases')
export class AddressUrgentNeedController {
  constructor(private readonly cases: CaseCommands) {}

  /** The need is met: it leaves the urgent cases list. */
  @CaseWrite(':caseId/urgent-needs/:needId/addressed', 'Urgent need marked addressed')
  addressed(
    @UuidParam('caseId') caseId: string,
    @UuidParam('needId') needId: string,
    @Body() request: AddressUrgentNeedRequest,
    @CurrentPrincipal() principal: Principal,
  ): Promise<CaseCommandResult> {
    return this.cases.execute(principal, { type: 'MarkUrgentNeedAddressed', data: { caseId, needId, note: request.note } });
  }
}
