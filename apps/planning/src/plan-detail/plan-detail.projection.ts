import { evolvePlan, initialPlanState, type PlanState } from '@homeward/domain';
import { PLAN_EVENT_TYPES, type PlanEvent } from '@homeward/contracts/planning';
import type { Projection } from '@homeward/events';

export const PLAN_DETAIL = 'plan_detail';

/**
 * A case's whole plan as the domain folds it (versions with their content, allocations and what was
 * paid on them, the consents noted), so the detail and the diff between versions read exactly
 * what a command would decide on. Read by case id only: it declares no index.
 */
export const planDetailProjection: Projection<PlanState, PlanEvent> = {
  name: 'planning.plan-detail',
  collection: PLAN_DETAIL,
  handles: PLAN_EVENT_TYPES,
  documentId: (event) => event.data.caseId,
  // Typed by the contract and checked against the catalogue on the way in: the domain's own events.
  evolve: (doc, event) => evolvePlan(doc ?? initialPlanState(), event as PlanEvent),
};
