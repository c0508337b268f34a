import type { PlanEvent } from '@homeward/contracts/planning';
import type { NoteApprovedPlan } from '@homeward/domain';

/** What monitoring needs of a plan version planning approved, read from planning's events in its inbox. */
export interface ApprovedVersion {
  country: string;
  /** The day the plan's first version was drafted: the reports count from it. */
  planCreatedOn: string;
  elements: NoteApprovedPlan['data']['elements'];
}

/**
 * The version as planning's stream says it was when approved: the country its clock runs in, the
 * first draft's day, and the elements of the version's last draft (ids and types only: their words
 * are planning's). None while a part is missing (the inbox is behind), which the caller waits for.
 */
export function approvedVersionOf(planEvents: ReadonlyArray<{ type: string; data: unknown }>, version: number): ApprovedVersion | undefined {
  let country: string | undefined;
  let planCreatedOn: string | undefined;
  let elements: ApprovedVersion['elements'] | undefined;
  for (const event of planEvents as PlanEvent[]) {
    if (event.type === 'planning.PlanDue') country = event.data.country;
    if (event.type === 'planning.PlanDrafted' && event.data.version === 1) planCreatedOn ??= event.data.draftedOn;
    if ((event.type === 'planning.PlanDrafted' || event.type === 'planning.PlanRevised') && event.data.version === version) {
      elements = event.data.elements.map(({ elementId, type }) => ({ elementId, type }));
    }
  }
  return country && planCreatedOn && elements ? { country, planCreatedOn, elements } : undefined;
}
