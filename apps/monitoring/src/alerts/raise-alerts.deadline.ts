import type { Deadline } from '@homeward/events';
import type { MonitoringCommandInput } from '../monitoring-commands/monitoring-commands';
import { followUpsDueProjection, type FollowUpDue } from './follow-ups-due.projection';
import { reportsDueDeadlineProjection, type ReportDueItem } from './reports-due-deadline.projection';

/**
 * A follow-up not held by its day surfaces to the case manager and the supervisor (handbook 2.3.3). The
 * decider judges the rest: held, cancelled, closed or already raised for the day, nothing is appended.
 */
export const raiseOverdueWhenFollowUpPasses: Deadline<FollowUpDue, MonitoringCommandInput> = {
  name: 'raise-overdue-when-follow-up-passes',
  pending: followUpsDueProjection,
  commandsFor: (item) => [{ type: 'RaiseFollowUpOverdue', data: { caseId: item.caseId, followUpId: item.followUpId } }],
};

/** A monitoring report's day came and it is not issued: raised once, never on a closed case. */
export const raiseReportDueWhenItsDayComes: Deadline<ReportDueItem, MonitoringCommandInput> = {
  name: 'raise-report-due-when-its-day-comes',
  pending: reportsDueDeadlineProjection,
  commandsFor: (item) => (item.report && !item.closed ? [{ type: 'RaiseReportDue', data: { caseId: item.caseId, report: item.report } }] : []),
};
