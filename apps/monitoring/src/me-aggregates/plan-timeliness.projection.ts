import type { PlanningTopicEvent } from '@homeward/contracts/planning';
import type { DaysHistogram, DeadlineCounts } from '@homeward/domain';
import type { Projection } from '@homeward/events';
import { daysBetween, monthOf } from './periods';

/** A case whose plan is due and not approved yet: what its approval will be measured against. */
interface AwaitingPlan {
  arrivalDate: string;
  /** A month after arrival: the deadline of the handbook, whatever derogation moves planning's. */
  dueOn: string;
  derogated?: true;
}

/**
 * A country's plan deadline and time to plan, as counts: plans due per month (the month of the day a
 * month after arrival) by how they stand, and the days from arrival to the approved plan per month of
 * approval. The cases awaiting their first approval are kept by id, as the join between planning's
 * PlanDue (which carries the arrival) and PlanApproved (which does not); they leave once approved.
 * No answer reads them.
 */
export interface PlanTimelinessDocument {
  country: string;
  awaiting: Record<string, AwaitingPlan>;
  dueMonths: Record<string, DeadlineCounts>;
  approvalMonths: Record<string, DaysHistogram>;
}

export const ME_PLAN_TIMELINESS = 'me_plan_timeliness';

const HANDLES = ['planning.PlanDue', 'planning.PlanDerogationGranted', 'planning.PlanApproved'] as const;
type TimelinessFact = Extract<PlanningTopicEvent, { type: (typeof HANDLES)[number] }>;

const noCounts = (): DeadlineCounts => ({ onTime: 0, late: 0, notApproved: 0, derogated: 0 });

export const planTimelinessProjection: Projection<PlanTimelinessDocument, TimelinessFact> = {
  name: 'monitoring.me-plan-timeliness',
  collection: ME_PLAN_TIMELINESS,
  indexes: [{ fields: ['country'] }],
  handles: HANDLES,
  acrossStreams: true,
  // Planning records a case's clock and plan under the office of origin.
  documentId: (event) => event.country,
  evolve: (doc, event) => evolveTimeliness(doc ?? { country: event.country, awaiting: {}, dueMonths: {}, approvalMonths: {} }, event),
};

function evolveTimeliness(doc: PlanTimelinessDocument, event: TimelinessFact): PlanTimelinessDocument {
  const { caseId } = event.data;
  const awaiting = doc.awaiting[caseId];
  switch (event.type) {
    case 'planning.PlanDue': {
      if (awaiting) return doc;
      const { arrivalDate, dueOn } = event.data;
      return { ...countIn(doc, monthOf(dueOn), (c) => ({ ...c, notApproved: c.notApproved + 1 })), awaiting: withAwaiting(doc.awaiting, caseId, { arrivalDate, dueOn }) };
    }
    case 'planning.PlanDerogationGranted':
      if (!awaiting || awaiting.derogated) return doc;
      return { ...countIn(doc, monthOf(awaiting.dueOn), (c) => ({ ...c, derogated: c.derogated + 1 })), awaiting: withAwaiting(doc.awaiting, caseId, { ...awaiting, derogated: true }) };
    case 'planning.PlanApproved': {
      // Only the first approval after arrival is measured; a case not known due (approved before arrival) is not.
      if (!awaiting) return doc;
      const approvedOn = event.data.approvedAt.slice(0, 10);
      const onTime = approvedOn <= awaiting.dueOn;
      const counted = countIn(doc, monthOf(awaiting.dueOn), (c) => ({ ...c, notApproved: c.notApproved - 1, onTime: c.onTime + (onTime ? 1 : 0), late: c.late + (onTime ? 0 : 1) }));
      const month = monthOf(approvedOn);
      const days = String(Math.max(0, daysBetween(awaiting.arrivalDate, approvedOn)));
      const histogram = { ...(doc.approvalMonths[month] ?? {}) };
      histogram[days] = (histogram[days] ?? 0) + 1;
      return { ...counted, awaiting: withAwaiting(doc.awaiting, caseId, null), approvalMonths: { ...doc.approvalMonths, [month]: histogram } };
    }
  }
}

/**
 * The join changed in place: it holds every case of the office still awaiting its plan (thousands in a
 * busy one), and a copy per event made seeding 100,000 cases quadratic. The runner hands evolve its own
 * copy of the document (ProjectionPages clones what it folds), so no reader sees the change.
 */
function withAwaiting(awaiting: Record<string, AwaitingPlan>, caseId: string, plan: AwaitingPlan | null): Record<string, AwaitingPlan> {
  if (plan) awaiting[caseId] = plan;
  else delete awaiting[caseId];
  return awaiting;
}

function countIn(doc: PlanTimelinessDocument, month: string, change: (c: DeadlineCounts) => DeadlineCounts): PlanTimelinessDocument {
  return { ...doc, dueMonths: { ...doc.dueMonths, [month]: change(doc.dueMonths[month] ?? noCounts()) } };
}
