import type { MonitoringEvent } from '@homeward/contracts/monitoring';
import { notInFuture } from '../shared/dates';
import type { AddFollowUp, IssueReport, MoveFollowUp } from './monitoring.commands';
import { MonitoringError } from './monitoring.errors';
import { notInPast, pendingFollowUp, requireOpen, requireReason } from './monitoring.guards';
import type { CaseMonitoring } from './monitoring.state';

/** The frequency of meetings fits the returnee (handbook 2.3.3): a case manager adds one, with the reason. */
export function addFollowUp({ data, metadata }: AddFollowUp, state: CaseMonitoring): MonitoringEvent[] {
  requireOpen(state);
  if (state.followUps[data.followUpId]) throw new MonitoringError('FOLLOW_UP_ALREADY_EXISTS', `Follow-up ${data.followUpId} is already on the schedule`, 'followUpId');
  notInPast(data.dueOn, metadata.today, 'dueOn');
  requireReason(data.reason);
  return [
    {
      type: 'monitoring.FollowUpScheduled',
      data: { caseId: data.caseId, followUpId: data.followUpId, kind: data.kind, dueOn: data.dueOn, source: 'case_manager', scheduledAt: metadata.now, personal: { reason: data.reason } },
    },
  ];
}

/** A case manager moves a follow-up still to come to another day, with the reason; to the day it is on already, nothing changes. */
export function moveFollowUp({ data, metadata }: MoveFollowUp, state: CaseMonitoring): MonitoringEvent[] {
  requireOpen(state);
  const followUp = pendingFollowUp(state, data.followUpId);
  notInPast(data.dueOn, metadata.today, 'dueOn');
  requireReason(data.reason);
  if (followUp.dueOn === data.dueOn) return [];
  return [
    { type: 'monitoring.FollowUpMoved', data: { caseId: data.caseId, followUpId: followUp.followUpId, previousDueOn: followUp.dueOn, dueOn: data.dueOn, movedAt: metadata.now, personal: { reason: data.reason } } },
  ];
}

/** A monitoring report was issued: no longer due. */
export function issueReport({ data, metadata }: IssueReport, state: CaseMonitoring): MonitoringEvent[] {
  const report = state.reports[data.report];
  if (!report) throw new MonitoringError('REPORT_NOT_SCHEDULED', `No ${data.report} report is scheduled for this case`, 'report');
  if (report.issued) throw new MonitoringError('REPORT_ALREADY_ISSUED', `The ${data.report} report is already issued`, 'report');
  notInFuture(data.issuedOn, metadata.today, 'issuedOn', 'The day the report was issued');
  return [{ type: 'monitoring.ReportIssued', data: { caseId: data.caseId, report: data.report, issuedOn: data.issuedOn, issuedAt: metadata.now } }];
}
