import { Body, Controller } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, type Principal, UuidParam } from '@homeward/platform';
import { PlanCommands, type PlanCommandResult } from '../plan-commands/plan-commands';
import { PlanWrite } from '../plan-commands/plan-write.decorator';
import { ClosePlanRequest, CompletePlanRequest } from './end-plan.request.dto';

@ApiTags('plans')
@Controller('plans')
export class EndPlanController {
  constructor(private readonly plans: PlanCommands) {}

  /** The plan was carried out as its exit strategy says, from the version in force. */
  @PlanWrite(':caseId/completion', 'Plan completed')
  complete(@UuidParam('caseId') caseId: string, @Body() request: CompletePlanRequest, @CurrentPrincipal() principal: Principal): Promise<PlanCommandResult> {
    return this.plans.execute(principal, { type: 'CompletePlan', data: { caseId, ...(request.note ? { note: request.note } : {}) } });
  }

  /** The plan ends without completion: the returnee withdrew, contact was lost, or another reason the note gives. */
  @PlanWrite(':caseId/closure', 'Plan closed')
  close(@UuidParam('caseId') caseId: string, @Body() request: ClosePlanRequest, @CurrentPrincipal() principal: Principal): Promise<PlanCommandResult> {
    return this.plans.execute(principal, { type: 'ClosePlan', data: { caseId, reason: request.reason, ...(request.note ? { note: request.note } : {}) } });
  }
}
