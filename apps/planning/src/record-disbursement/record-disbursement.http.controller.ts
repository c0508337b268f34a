import { Body, Controller } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, type Principal, UuidParam } from '@homeward/platform';
import { PlanCommands, type PlanCommandResult } from '../plan-commands/plan-commands';
import { PlanWrite } from '../plan-commands/plan-write.decorator';
import { RecordDisbursementRequest } from './record-disbursement.request.dto';

@ApiTags('allocations')
@Controller('plans')
export class RecordDisbursementController {
  constructor(private readonly plans: PlanCommands) {}

  /**
   * Payments decided at once on the same history cannot both pass: the append of the second is
   * refused at its expected version and decided again on the history that holds the first (409 APPROVED_AMOUNT_EXCEEDED).
   */
  @PlanWrite(':caseId/allocations/:allocationId/disbursements', 'Disbursement recorded; disbursementId names it', { answers: 'DisbursementWritten' })
  async record(
    @UuidParam('caseId') caseId: string,
    @UuidParam('allocationId') allocationId: string,
    @Body() request: RecordDisbursementRequest,
    @CurrentPrincipal() principal: Principal,
  ): Promise<PlanCommandResult & { disbursementId: string }> {
    const disbursementId = this.plans.newId();
    const { instalment, amount, paidOn } = request;
    return { ...(await this.plans.execute(principal, { type: 'RecordDisbursement', data: { caseId, allocationId, disbursementId, instalment, amount, paidOn } })), disbursementId };
  }
}
