import type { MonitoringEvent } from '@homeward/contracts/monitoring';
import type { MonitoringCommand, NoteErasureForMonitoring as NoteErasure } from './monitoring.commands';
import { MonitoringError } from './monitoring.errors';
import type { CaseMonitoring } from './monitoring.state';

/**
 * Intake erased the returnee: nothing personal can be sealed about her any more (her keys are gone),
 * so people record nothing more about her. What was recorded stays in the history, its words
 * unreadable; the scores and the schedule, which are not about her words, stay. Noted once.
 */
export function noteErasure({ data }: NoteErasure, state: CaseMonitoring): MonitoringEvent[] {
  if (state.erasedAt) return [];
  return [{ type: 'monitoring.ReturneeErasureNoted', data: { caseId: data.caseId, erasedAt: data.erasedAt } }];
}

/**
 * What still reaches an erased returnee's monitoring: what planning says of her plan (its end stops
 * the schedule) and the scheduler's alerts, none of them personal. People's records are refused.
 */
const STILL_TAKEN: ReadonlySet<MonitoringCommand['type']> = new Set(['NoteApprovedPlan', 'NotePlanEnded', 'NoteErasure', 'RaiseFollowUpOverdue', 'RaiseReportDue']);

export function refuseOnceErased(command: MonitoringCommand, state: CaseMonitoring): void {
  if (state.erasedAt && !STILL_TAKEN.has(command.type)) throw new MonitoringError('RETURNEE_ERASED');
}
