import type { PlanEvent } from '@homeward/contracts/planning';
import type { NoteErasure, PlanCommand } from './plan.commands';
import type { PlanState } from './plan.state';
import { PlanningError } from './planning.errors';

/**
 * Intake erased the returnee: nothing personal can be sealed about her any more, and the plan, which
 * is hers, takes nothing more. An open plan is closed for that reason; the plan's structure stays in
 * the history, its words unreadable.
 */
export function noteErasure({ data }: NoteErasure, state: PlanState): PlanEvent[] {
  if (state.facts.erasedAt) return [];
  const noted: PlanEvent = { type: 'planning.ReturneeErasureNoted', data: { caseId: data.caseId, erasedAt: data.erasedAt } };
  if (state.status === 'none' || state.status === 'completed' || state.status === 'closed') return [noted];
  return [noted, { type: 'planning.PlanClosed', data: { caseId: state.caseId, reason: 'returnee_erased', closedAt: data.erasedAt } }];
}

/** What intake still says is kept (none of it personal); anything else asked of the plan is refused. */
const STILL_NOTED: ReadonlySet<PlanCommand['type']> = new Set(['NoteConsent', 'NotePreDeparturePlan', 'NoteVulnerabilityScreening', 'NoteErasure']);

/** A plan whose returnee was erased takes no new fact, as intake's case takes none. */
export function refuseOnceErased(command: PlanCommand, state: PlanState): void {
  if (state.facts.erasedAt && !STILL_NOTED.has(command.type)) throw new PlanningError('RETURNEE_ERASED');
}
