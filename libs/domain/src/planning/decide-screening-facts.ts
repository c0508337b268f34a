import type { PlanEvent } from '@homeward/contracts/planning';
import type { NoteVulnerabilityScreening } from './plan.commands';
import type { PlanState } from './plan.state';

/**
 * Planning keeps that intake screened a vulnerability, and its urgency, from before the arrival on:
 * the plan's author confirms each with the returnee when the grid is read. Once noted, a screening
 * is not noted again (the reaction may run twice).
 */
export function noteVulnerabilityScreening({ data }: NoteVulnerabilityScreening, state: PlanState): PlanEvent[] {
  if (state.facts.screenings.some((s) => s.screeningId === data.screeningId)) return [];
  const { caseId, screeningId, urgency, screenedAt } = data;
  return [{ type: 'planning.VulnerabilityScreeningNoted', data: { caseId, screeningId, urgency, screenedAt } }];
}
