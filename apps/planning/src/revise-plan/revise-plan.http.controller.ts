import { Body, Controller } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, type Principal, UuidParam } from '@homeward/platform';
import { planContentOf } from '../draft-plan/plan-content';
import { PlanCommands, type PlanCommandResult } from '../plan-commands/plan-commands';
import { PlanWrite } from '../plan-commands/plan-write.decorator';
import { RevisePlanRequest } from './revise-plan.request.dto';

@ApiTags('plans')
@Controller('plans')
export class RevisePlanController {
  constructor(private readonly plans: PlanCommands) {}

  /** A plan in force changes only by a new version, with its reason; it is submitted, approved and consented to again. */
  @PlanWrite(':caseId/revisions', 'New version opened')
  revise(@UuidParam('caseId') caseId: string, @Body() request: RevisePlanRequest, @CurrentPrincipal() principal: Principal): Promise<PlanCommandResult> {
    const content = request.content && planContentOf(request.content);
    return this.plans.execute(principal, { type: 'RevisePlan', data: { caseId, reason: request.reason, ...(content ? { content } : {}) } });
  }
}
