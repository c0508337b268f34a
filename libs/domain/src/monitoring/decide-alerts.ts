import type { MonitoringEvent } from '@homeward/contracts/monitoring';
import type { RaiseFollowUpOverdue, RaiseReportDue } from './monitoring.commands';
import { MonitoringError } from './monitoring.errors';
import { existingFollowUp } from './monitoring.guards';
import type { CaseMonitoring } from './monitoring.state';

/**
 * A scheduler asks once a follow-up's day has passed: overdue follow-ups surface to the case manager
 * and the supervisor. A follow-up held or cancelled, one already raised for its day, or a closed case
 * raises nothing, so a repeat or a restart never repeats the alert; asking before its day is refused.
 */
export function raiseFollowUpOverdue({ data, metadata }: RaiseFollowUpOverdue, state: CaseMonitoring): MonitoringEvent[] {
  const followUp = existingFollowUp(state, data.followUpId);
  if (state.status === 'closed' || followUp.status !== 'pending' || followUp.overdueFor === followUp.dueOn) return [];
  if (metadata.today <= followUp.dueOn) throw new MonitoringError('FOLLOW_UP_NOT_OVERDUE', `Follow-up ${followUp.followUpId} is due on ${followUp.dueOn}`, 'followUpId');
  return [{ type: 'monitoring.FollowUpOverdue', data: { caseId: data.caseId, followUpId: followUp.followUpId, kind: followUp.kind, dueOn: followUp.dueOn, raisedAt: metadata.now } }];
}

/** A scheduler asks once a report's day has come; raised once, never for a report issued or a closed case. */
export function raiseReportDue({ data, metadata }: RaiseReportDue, state: CaseMonitoring): MonitoringEvent[] {
  const report = state.reports[data.report];
  if (!report) throw new MonitoringError('REPORT_NOT_SCHEDULED', `No ${data.report} report is scheduled for this case`, 'report');
  if (state.status === 'closed' || report.issued || report.dueRaised) return [];
  if (metadata.today < report.dueOn) throw new MonitoringError('REPORT_NOT_DUE', `The ${data.report} report is due on ${report.dueOn}`, 'report');
  return [{ type: 'monitoring.ReportDue', data: { caseId: data.caseId, report: data.report, dueOn: report.dueOn, raisedAt: metadata.now } }];
}
