import { Body, Controller } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, type Principal, UuidParam } from '@homeward/platform';
import { PlanCommands, type PlanCommandResult } from '../plan-commands/plan-commands';
import { PlanWrite } from '../plan-commands/plan-write.decorator';
import { planContentOf } from './plan-content';
import { PlanContentRequest } from './plan-content.request.dto';

@ApiTags('plans')
@Controller('plans')
export class DraftPlanController {
  constructor(private readonly plans: PlanCommands) {}

  /** The draft as it now is: the first version, or the latest one until it is submitted. */
  @PlanWrite(':caseId/draft', 'Draft recorded', { method: 'PUT' })
  draft(@UuidParam('caseId') caseId: string, @Body() request: PlanContentRequest, @CurrentPrincipal() principal: Principal): Promise<PlanCommandResult> {
    return this.plans.execute(principal, { type: 'DraftPlan', data: { caseId, content: planContentOf(request) } });
  }
}
