import type { PlanElementType } from '@homeward/contracts/planning';
import type { FollowUpCancellationReason, FollowUpKind, FollowUpSource, MonitoringReport, PlanOutcome } from './vocabulary';

/** The schedule rules a schedule was made under: the programme's versioned defaults for a country. */
export interface ScheduleRulesReference {
  rulesId: string;
  rulesVersion: number;
}

/**
 * Planning approved a version of the case's plan: monitoring follows it from its approval day. The
 * plan's creation day anchors the reports; its elements are what meetings report the status of.
 */
export interface ApprovedPlanNoted {
  type: 'monitoring.ApprovedPlanNoted';
  data: {
    caseId: string;
    planVersion: number;
    /** The day the plan's first version was drafted: the mid-term report is due six months later. */
    planCreatedOn: string;
    approvedOn: string;
    country: string;
    elements: Array<{ elementId: string; type: PlanElementType }>;
    rules: ScheduleRulesReference;
    /** The last day of the follow-up period, fixed when monitoring started. */
    followUpEndsOn: string;
    notedAt: string;
  };
}

/** Planning's plan was completed or closed: what was still to come is taken off the schedule. */
export interface PlanEndNoted {
  type: 'monitoring.PlanEndNoted';
  data: { caseId: string; outcome: PlanOutcome; endedOn: string; notedAt: string };
}

/** A meeting or a survey is due on a day: from the rules, or added by a case manager, whose reason is personal. */
export interface FollowUpScheduled {
  type: 'monitoring.FollowUpScheduled';
  data: {
    caseId: string;
    followUpId: string;
    kind: FollowUpKind;
    dueOn: string;
    source: FollowUpSource;
    /** The plan version whose approval scheduled it (source `plan`). */
    planVersion?: number;
    scheduledAt: string;
    personal?: { reason: string };
  };
}

/** A case manager moved a follow-up to another day; the reason is personal. */
export interface FollowUpMoved {
  type: 'monitoring.FollowUpMoved';
  data: { caseId: string; followUpId: string; previousDueOn: string; dueOn: string; movedAt: string; personal: { reason: string } };
}

/** A follow-up that had not happened came off the schedule. */
export interface FollowUpCancelled {
  type: 'monitoring.FollowUpCancelled';
  data: { caseId: string; followUpId: string; reason: FollowUpCancellationReason; cancelledAt: string };
}

/** A monitoring report is due on a day. */
export interface ReportScheduled {
  type: 'monitoring.ReportScheduled';
  data: { caseId: string; report: MonitoringReport; dueOn: string; scheduledAt: string };
}

/** A monitoring report was issued: it is no longer due. */
export interface ReportIssued {
  type: 'monitoring.ReportIssued';
  data: { caseId: string; report: MonitoringReport; issuedOn: string; issuedAt: string };
}

export type ScheduleEvent = ApprovedPlanNoted | PlanEndNoted | FollowUpScheduled | FollowUpMoved | FollowUpCancelled | ReportScheduled | ReportIssued;
