import type { FollowUpKind } from '@homeward/contracts/monitoring';
import { MonitoringError } from './monitoring.errors';
import type { CaseMonitoring, FollowUp } from './monitoring.state';

/** People record nothing on a closed case until it is reopened. */
export function requireOpen(state: CaseMonitoring): void {
  if (state.status === 'closed') throw new MonitoringError('MONITORING_CLOSED');
}

export function existingFollowUp(state: CaseMonitoring, followUpId: string): FollowUp {
  const followUp = state.followUps[followUpId];
  if (!followUp) throw new MonitoringError('FOLLOW_UP_NOT_FOUND', `No follow-up ${followUpId} in this case`, 'followUpId');
  return followUp;
}

/** A follow-up still to come, of the kind that can hold it. */
export function pendingFollowUp(state: CaseMonitoring, followUpId: string, kind?: FollowUpKind): FollowUp {
  const followUp = existingFollowUp(state, followUpId);
  if (kind && followUp.kind !== kind) throw new MonitoringError('FOLLOW_UP_KIND_MISMATCH', `Follow-up ${followUpId} is a ${followUp.kind}`, 'followUpId');
  if (followUp.status !== 'pending') throw new MonitoringError('FOLLOW_UP_NOT_PENDING', `Follow-up ${followUpId} is ${followUp.status}`, 'followUpId');
  return followUp;
}

export function requireReason(reason: string, field = 'reason'): void {
  if (!reason.trim()) throw new MonitoringError('REASON_REQUIRED', undefined, field);
}

/** A day to schedule for: today or later. */
export function notInPast(day: string, today: string, field: string): void {
  if (day < today) throw new MonitoringError('FOLLOW_UP_IN_PAST', `A follow-up cannot be due on ${day}, before today`, field);
}
