import { Controller } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, type Principal, UuidParam } from '@homeward/platform';
import { PlanCommands, type PlanCommandResult } from '../plan-commands/plan-commands';
import { PlanWrite } from '../plan-commands/plan-write.decorator';

@ApiTags('allocations')
@Controller('plans')
export class ApproveAllocationController {
  constructor(private readonly plans: PlanCommands) {}

  /** A supervisor approves the allocation for its amount and currency; once approved it stands (409 ALLOCATION_ALREADY_APPROVED). */
  @PlanWrite(':caseId/allocations/:allocationId/approval', 'Allocation approved', { roles: ['supervisor'] })
  approve(@UuidParam('caseId') caseId: string, @UuidParam('allocationId') allocationId: string, @CurrentPrincipal() principal: Principal): Promise<PlanCommandResult> {
    return this.plans.execute(principal, { type: 'ApproveAllocation', data: { caseId, allocationId } });
  }
}
