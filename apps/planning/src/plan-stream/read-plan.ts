import { Inject, Injectable } from '@nestjs/common';
import { evolvePlan, initialPlanState, PlanningError, type Plan, type PlanState } from '@homeward/domain';
import type { PlanEvent } from '@homeward/contracts/planning';
import { inScope, INFRASTRUCTURE, type Infrastructure, type Principal } from '@homeward/platform';

export const planStreamId = (caseId: string): string => `plan-${caseId}`;

/**
 * A case's plan as its stream says it is now, for the reads that need the whole state (the
 * returnee's copy, proposals): folded with the domain's evolve, never taken from a read model.
 */
@Injectable()
export class PlanReader {
  constructor(@Inject(INFRASTRUCTURE) private readonly infra: Infrastructure) {}

  async planOf(caseId: string, principal: Principal): Promise<Plan> {
    const history = await this.infra.store.readStream(planStreamId(caseId));
    const state = history.reduce((s, e) => evolvePlan(s, e as unknown as PlanEvent), initialPlanState());
    return visiblePlan(state, principal, caseId);
  }
}

/** A plan outside the caller's countries answers as an unknown one, to reads and writes alike: that it exists is not theirs to learn. */
export function visiblePlan(state: PlanState, principal: Principal, caseId: string): Plan {
  if (state.status === 'none' || !inScope(principal, state.country)) throw new PlanningError('PLAN_NOT_FOUND', `No plan is due for case ${caseId}: its arrival is not recorded`, 'caseId');
  return state;
}
