import { Body, Controller } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, type Principal, UuidParam } from '@homeward/platform';
import { CaseCommands, type CaseCommandResult } from '../case-commands/case-commands';
import { CaseWrite } from '../case-commands/case-write.decorator';
import { RecordArrivalRequest } from './record-arrival.request.dto';

@ApiTags('cases')
@Controller('cases')
export class RecordArrivalController {
  constructor(private readonly cases: CaseCommands) {}

  /** The returnee is back in their country of origin: post-arrival sessions can start. */
  @CaseWrite(':caseId/arrival', 'Arrival recorded')
  record(@UuidParam('caseId') caseId: string, @Body() request: RecordArrivalRequest, @CurrentPrincipal() principal: Principal): Promise<CaseCommandResult> {
    return this.cases.execute(principal, { type: 'RecordArrival', data: { caseId, arrivalDate: request.arrivalDate } });
  }
}
