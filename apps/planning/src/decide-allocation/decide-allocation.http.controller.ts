import { Body, Controller } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, type Principal, UuidParam } from '@homeward/platform';
import { GridCatalogue } from '../feasibility-grids/grid-catalogue';
import { PlanCommands, type PlanCommandResult } from '../plan-commands/plan-commands';
import { PlanWrite } from '../plan-commands/plan-write.decorator';
import { PlanReader } from '../plan-stream/read-plan';
import { allocationDecision } from './allocation-decision';
import { DecideAllocationRequest } from './decide-allocation.request.dto';

const TABLE_2_2 = 'CASH_NOT_IN_PROGRAMME, CASH_IS_INCENTIVE, CASH_RISKS_NOT_ACCEPTABLE, NO_CASH_PARTNER: the answers to Table 2.2 rule cash out';

@ApiTags('allocations')
@Controller('plans')
export class DecideAllocationController {
  constructor(
    private readonly plans: PlanCommands,
    private readonly reader: PlanReader,
    private readonly grids: GridCatalogue,
  ) {}

  /** Cash, in kind or mixed, decided on Table 2.2's criteria under a programme; it waits for a supervisor's approval. */
  @PlanWrite(':caseId/allocations', 'Allocation decided; allocationId names it', { answers: 'AllocationWritten', unprocessable: TABLE_2_2 })
  async decide(@UuidParam('caseId') caseId: string, @Body() request: DecideAllocationRequest, @CurrentPrincipal() principal: Principal): Promise<PlanCommandResult & { allocationId: string }> {
    const programme = await this.programmeOf(caseId, request, principal);
    const allocationId = this.plans.newId();
    return { ...(await this.plans.execute(principal, { type: 'DecideAllocation', data: allocationDecision(caseId, allocationId, programme, request) })), allocationId };
  }

  /** Until a supervisor approves it, the case manager may decide it again, as a whole. */
  @PlanWrite(':caseId/allocations/:allocationId', 'Allocation decided again', { method: 'PUT', unprocessable: TABLE_2_2 })
  async redecide(
    @UuidParam('caseId') caseId: string,
    @UuidParam('allocationId') allocationId: string,
    @Body() request: DecideAllocationRequest,
    @CurrentPrincipal() principal: Principal,
  ): Promise<PlanCommandResult> {
    const programme = await this.programmeOf(caseId, request, principal);
    return this.plans.execute(principal, { type: 'DecideAllocation', data: allocationDecision(caseId, allocationId, programme, request) });
  }

  /**
   * Settled before the decision, which cannot read grids: the programme named if it has a grid in the
   * plan's country, else the only one there (as proposals default). The plan's country does not change.
   */
  private async programmeOf(caseId: string, request: DecideAllocationRequest, principal: Principal): Promise<string> {
    const { country } = await this.reader.planOf(caseId, principal);
    return this.grids.programmeFor(country, request.programme);
  }
}
