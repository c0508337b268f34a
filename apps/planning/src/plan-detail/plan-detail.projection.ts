import { erasedPlan, evolvePlan, initialPlanState, type PlanState } from '@homeward/domain';
import type { IntakeTopicEvent } from '@homeward/contracts/intake';
import { PLAN_EVENT_TYPES, type PlanEvent } from '@homeward/contracts/planning';
import type { Projection } from '@homeward/events';

export const PLAN_DETAIL = 'plan_detail';

type ReturneeErased = Extract<IntakeTopicEvent, { type: 'intake.ReturneeErased' }>;

/** As stored: the plan, and once intake erased the returnee, when (her words are gone from then on). */
export type PlanDetailDocument = PlanState & { erasedAt?: string };

/**
 * A case's whole plan as the domain folds it (versions with their content, allocations and what was
 * paid on them, the consents noted), so the detail and the diff between versions read exactly
 * what a command would decide on. Read by case id only: it declares no index.
 *
 * A plan's words are hers: at intake.ReturneeErased the document keeps the plan's structure and drops
 * them (erasedPlan), as a rebuild after the erasure would read them from events whose keys are gone.
 */
export const planDetailProjection: Projection<PlanDetailDocument, PlanEvent | ReturneeErased> = {
  name: 'planning.plan-detail',
  collection: PLAN_DETAIL,
  handles: [...PLAN_EVENT_TYPES, 'intake.ReturneeErased'],
  documentId: (event) => event.data.caseId,
  evolve: (doc, event) => {
    if (event.type === 'intake.ReturneeErased') return doc && { ...erasedPlan(doc), erasedAt: event.data.erasedAt };
    // Typed by the contract and checked against the catalogue on the way in: the domain's own events.
    const plan = evolvePlan(doc ?? initialPlanState(), event as PlanEvent);
    // Nothing of hers is sealed after her keys are destroyed; should a late event still carry words, they go too.
    return doc?.erasedAt ? { ...erasedPlan(plan), erasedAt: doc.erasedAt } : plan;
  },
};
