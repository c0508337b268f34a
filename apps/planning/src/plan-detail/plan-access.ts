import { PlanningError, type Plan, type PlanState } from '@homeward/domain';
import type { ReadModelStore } from '@homeward/events';
import { inScope, type Principal } from '@homeward/platform';
import { PLAN_DETAIL } from './plan-detail.projection';

/**
 * The plan if the caller may read it. A plan outside the caller's countries answers as an unknown
 * one (404, the same code and words): whether a returnee has a plan elsewhere is itself personal data.
 * Roles are checked before, by @Roles.
 */
export async function readablePlan(readModels: ReadModelStore, principal: Principal, caseId: string): Promise<Plan> {
  const stored = await readModels.get<PlanState>(PLAN_DETAIL, caseId);
  if (!stored || stored.status === 'none' || !inScope(principal, stored.country)) throw new PlanningError('PLAN_NOT_FOUND');
  const { _id, _position, ...plan } = stored as typeof stored & Plan;
  return plan;
}
