import type { FollowUpKind, MonitoringReport } from './vocabulary';

/** A follow-up's day passed without it being held: the case manager and the supervisor are told. */
export interface FollowUpOverdue {
  type: 'monitoring.FollowUpOverdue';
  data: { caseId: string; followUpId: string; kind: FollowUpKind; dueOn: string; raisedAt: string };
}

/** A monitoring report's day came and it is not issued. */
export interface ReportDue {
  type: 'monitoring.ReportDue';
  data: { caseId: string; report: MonitoringReport; dueOn: string; raisedAt: string };
}

export type AlertEvent = FollowUpOverdue | ReportDue;
