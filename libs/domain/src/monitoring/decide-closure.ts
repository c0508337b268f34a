import type { MonitoringEvent } from '@homeward/contracts/monitoring';
import { notInFuture } from '../shared/dates';
import { cancelled } from './decide-schedule';
import type { CloseMonitoring, ReopenMonitoring } from './monitoring.commands';
import { MonitoringError } from './monitoring.errors';
import { requireReason } from './monitoring.guards';
import { pendingFollowUps, type CaseMonitoring } from './monitoring.state';

/**
 * Monitoring ends with its reason and the handover to mainstream services (the exit strategy says how
 * the transition happens, handbook 2.3.3): what was still to come is cancelled, and alerts stop.
 */
export function closeMonitoring({ data, metadata }: CloseMonitoring, state: CaseMonitoring): MonitoringEvent[] {
  if (state.status === 'closed') throw new MonitoringError('MONITORING_ALREADY_CLOSED');
  notInFuture(data.closedOn, metadata.today, 'closedOn', 'The closure');
  if (data.reason === 'exit_strategy_completed' && data.handover.length === 0) throw new MonitoringError('HANDOVER_REQUIRED', undefined, 'handover');
  return [
    {
      type: 'monitoring.MonitoringClosed',
      data: { caseId: data.caseId, reason: data.reason, closedOn: data.closedOn, handover: data.handover, closedAt: metadata.now, ...(data.note ? { personal: { note: data.note } } : {}) },
    },
    ...cancelled(data.caseId, pendingFollowUps(state), 'monitoring_closed', metadata),
  ];
}

/** A closed case is reopened with the reason; its follow-ups are scheduled again by a case manager or the next plan version. */
export function reopenMonitoring({ data, metadata }: ReopenMonitoring, state: CaseMonitoring): MonitoringEvent[] {
  if (state.status !== 'closed') throw new MonitoringError('MONITORING_NOT_CLOSED');
  requireReason(data.reason);
  return [{ type: 'monitoring.MonitoringReopened', data: { caseId: data.caseId, reopenedAt: metadata.now, personal: { reason: data.reason } } }];
}
