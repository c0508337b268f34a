import type { FollowUpCancellationReason, MonitoringEvent } from '@homeward/contracts/monitoring';
import type { CommandMetadata } from '../shared/command-metadata';
import { notInFuture } from '../shared/dates';
import type { NoteApprovedPlan, NotePlanEnded } from './monitoring.commands';
import { pendingFollowUps, type CaseMonitoring, type FollowUp } from './monitoring.state';
import { followUpEndOf, plannedMeetings, plannedReports, plannedSurveys, type PlannedFollowUp } from './schedule/follow-up-plan';
import { checkScheduleRules } from './schedule/schedule-rules';

/**
 * Planning approved a plan version: monitoring follows it (handbook 2.3.3). The first approval sets
 * the follow-up period, the meetings, the surveys (baseline, then quarterly) and the two reports. A
 * later version reschedules the meetings the plan set that have not happened, from its own approval,
 * to the same end; surveys, reports and what a case manager added stay. A version already noted
 * (a reaction redelivered) changes nothing; on a closed case the version is noted and nothing scheduled.
 */
export function noteApprovedPlan({ data, metadata }: NoteApprovedPlan, state: CaseMonitoring): MonitoringEvent[] {
  if (state.plan && state.plan.version >= data.planVersion) return [];
  checkScheduleRules(data.rules);
  const followUpEndsOn = state.followUpEndsOn ?? followUpEndOf(data.approvedOn, data.rules);
  const noted: MonitoringEvent = {
    type: 'monitoring.ApprovedPlanNoted',
    data: {
      caseId: data.caseId,
      planVersion: data.planVersion,
      planCreatedOn: data.planCreatedOn,
      approvedOn: data.approvedOn,
      country: data.country,
      elements: data.elements,
      rules: { rulesId: data.rules.rulesId, rulesVersion: data.rules.rulesVersion },
      followUpEndsOn,
      notedAt: metadata.now,
    },
  };
  if (state.status === 'closed') return [noted];
  const meetings = plannedMeetings(data.planVersion, data.approvedOn, followUpEndsOn, data.rules);
  if (state.plan) {
    const replaced = pendingFollowUps(state).filter((f) => f.source === 'plan' && f.kind === 'meeting');
    return [noted, ...cancelled(data.caseId, replaced, 'plan_revised', metadata), ...scheduled(data.caseId, meetings, data.planVersion, metadata)];
  }
  const surveys = plannedSurveys(data.approvedOn, followUpEndsOn, data.rules, state.surveys.length > 0);
  const reports = plannedReports(data.planCreatedOn, data.rules);
  return [
    noted,
    ...scheduled(data.caseId, [...meetings, ...surveys], data.planVersion, metadata),
    ...(['mid_term', 'final'] as const).map((report): MonitoringEvent => ({ type: 'monitoring.ReportScheduled', data: { caseId: data.caseId, report, dueOn: reports[report], scheduledAt: metadata.now } })),
  ];
}

/** The plan was completed or closed: every follow-up still to come is cancelled; the reports stay due. Noted once. */
export function notePlanEnded({ data, metadata }: NotePlanEnded, state: CaseMonitoring): MonitoringEvent[] {
  if (state.plan?.ended) return [];
  notInFuture(data.endedOn, metadata.today, 'endedOn', 'The end of the plan');
  return [
    { type: 'monitoring.PlanEndNoted', data: { caseId: data.caseId, outcome: data.outcome, endedOn: data.endedOn, notedAt: metadata.now } },
    ...cancelled(data.caseId, pendingFollowUps(state), 'plan_ended', metadata),
  ];
}

const scheduled = (caseId: string, planned: PlannedFollowUp[], planVersion: number, metadata: CommandMetadata): MonitoringEvent[] =>
  [...planned]
    .sort((a, b) => a.dueOn.localeCompare(b.dueOn))
    .map(({ followUpId, kind, dueOn }) => ({ type: 'monitoring.FollowUpScheduled', data: { caseId, followUpId, kind, dueOn, source: 'plan', planVersion, scheduledAt: metadata.now } }));

export const cancelled = (caseId: string, followUps: FollowUp[], reason: FollowUpCancellationReason, metadata: CommandMetadata): MonitoringEvent[] =>
  followUps.map(({ followUpId }) => ({ type: 'monitoring.FollowUpCancelled', data: { caseId, followUpId, reason, cancelledAt: metadata.now } }));
