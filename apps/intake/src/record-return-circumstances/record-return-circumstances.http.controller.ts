import { Body, Controller } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, type Principal, UuidParam } from '@homeward/platform';
import { CaseCommands, type CaseCommandResult } from '../case-commands/case-commands';
import { CaseWrite } from '../case-commands/case-write.decorator';
import { RecordReturnCircumstancesRequest } from './record-return-circumstances.request.dto';

@ApiTags('cases')
@Controller('cases')
export class RecordReturnCircumstancesController {
  constructor(private readonly cases: CaseCommands) {}

  /** Time abroad, how the return happened, detention, preparedness and the documents the returnee holds. */
  @CaseWrite(':caseId/return-circumstances', 'Return circumstances recorded')
  record(
    @UuidParam('caseId') caseId: string,
    @Body() request: RecordReturnCircumstancesRequest,
    @CurrentPrincipal() principal: Principal,
  ): Promise<CaseCommandResult> {
    return this.cases.execute(principal, { type: 'RecordReturnCircumstances', data: { ...request, caseId } });
  }
}
