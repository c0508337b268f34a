import type { Projection } from '@homeward/events';
import { evolveOutline, STAGE_EVENTS, type PlanOutline, type StageEvent } from '../plan-outline';
import { dayAfter } from './calendar-days';

export const DUE_PLANS = 'due_plans';

/** The derogation last granted: the deadline it moved and who approved it (its reason stays in the plan). */
export interface Derogation {
  previousDueOn: string;
  approvedBy: string;
  grantedAt: string;
}

/** A plan whose clock runs: arrived, not yet approved, neither suspended nor ended (see the domain's planClock). */
export interface DuePlan {
  caseId: string;
  country: string;
  arrivalDate: string;
  dueOn: string;
  status: PlanOutline['status'];
  derogation?: Derogation;
}

/**
 * As stored: `overdueFrom`, the first day the plan is late. Whether it is late is judged when asked,
 * against the office's calendar day (DuePlansHandler): evolve knows no clock. The store matches
 * equality only, so "late by now" is "overdue from one of the days up to today".
 */
export type DuePlanDocument = DuePlan & { overdueFrom: string; basis: { outline: PlanOutline } };

export const duePlansProjection: Projection<DuePlanDocument, StageEvent> = {
  name: 'planning.due-plans',
  collection: DUE_PLANS,
  // The plans of some countries by deadline, the nearest first; the late ones (overdue from one of the days so far) the same way;
  // and both without a country for a caller of every country.
  indexes: [{ fields: ['country', 'dueOn'] }, { fields: ['country', 'overdueFrom', 'dueOn'] }, { fields: ['dueOn'] }],
  handles: STAGE_EVENTS,
  documentId: (event) => event.data.caseId,
  evolve: (doc, event) => {
    const outline = evolveOutline(doc?.basis.outline ?? null, event);
    // The clock stops for good once a version is approved, or when the plan is suspended or ends unapproved: the plan leaves the list.
    if (!outline || outline.finalisedOn || ['suspended', 'completed', 'closed'].includes(outline.status)) return null;
    const { caseId, country, arrivalDate, dueOn, status } = outline;
    const derogation =
      event.type === 'planning.PlanDerogationGranted'
        ? { previousDueOn: event.data.previousDueOn, approvedBy: event.data.approvedBy, grantedAt: event.data.grantedAt }
        : doc?.derogation;
    return { caseId, country, arrivalDate, dueOn, status, ...(derogation ? { derogation } : {}), overdueFrom: dayAfter(dueOn), basis: { outline } };
  },
};
