import { Body, Controller } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, type Principal, UuidParam } from '@homeward/platform';
import { PlanCommands, type PlanCommandResult } from '../plan-commands/plan-commands';
import { PlanWrite } from '../plan-commands/plan-write.decorator';
import { ReviewPreDeparturePlanRequest } from './review-pre-departure-plan.request.dto';

@ApiTags('plans')
@Controller('plans')
export class ReviewPreDeparturePlanController {
  constructor(private readonly plans: PlanCommands) {}

  /** The plan designed before departure is brought in at the first plan after arrival: kept, adapted or set aside. */
  @PlanWrite(':caseId/pre-departure-review', 'Pre-departure plan reviewed')
  review(@UuidParam('caseId') caseId: string, @Body() request: ReviewPreDeparturePlanRequest, @CurrentPrincipal() principal: Principal): Promise<PlanCommandResult> {
    const { sessionId, outcome, notes } = request;
    return this.plans.execute(principal, { type: 'ReviewPreDeparturePlan', data: { caseId, sessionId, outcome, ...(notes ? { notes } : {}) } });
  }
}
