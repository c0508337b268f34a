import type { Dimension, ElementStatus, PlanElementType } from '@homeward/contracts/planning';
import type { AttendeeRole, FollowUpKind, Handover, MeetingMode, MonitoringClosureReason, MonitoringReport, PlanOutcome, RssTable, WDirection } from '@homeward/contracts/monitoring';
import type { CommandMetadata } from '../shared/command-metadata';
import type { ScheduleRules } from './schedule/schedule-rules';

type Command<T extends string, D> = { type: T; data: D & { caseId: string }; metadata: CommandMetadata };

// What planning tells monitoring: issued by monitoring's reactions to planning's topic, not by people.
/**
 * From planning.PlanApproved (with the version's elements and the first version's drafting day, which
 * the reaction keeps from PlanDrafted): the schedule rules are the programme's for the plan's country.
 */
export type NoteApprovedPlan = Command<
  'NoteApprovedPlan',
  { planVersion: number; planCreatedOn: string; approvedOn: string; country: string; elements: Array<{ elementId: string; type: PlanElementType }>; rules: ScheduleRules }
>;
/** From planning.PlanCompleted or planning.PlanClosed. */
export type NotePlanEnded = Command<'NotePlanEnded', { outcome: PlanOutcome; endedOn: string }>;
/** From intake.ReturneeErased: her keys are gone, so nothing more is recorded about her. */
export type NoteErasureForMonitoring = Command<'NoteErasure', { erasedAt: string }>;

// The schedule, by a case manager.
export type AddFollowUp = Command<'AddFollowUp', { followUpId: string; kind: FollowUpKind; dueOn: string; reason: string }>;
export type MoveFollowUp = Command<'MoveFollowUp', { followUpId: string; dueOn: string; reason: string }>;
export type IssueReport = Command<'IssueReport', { report: MonitoringReport; issuedOn: string }>;

// What happens at follow-up.
export interface WModelPointInput {
  pointId: string;
  occurredOn: string;
  dimension: Dimension;
  direction: WDirection;
  intensity: number;
  whatHappened: string;
}
export type RecordFollowUpMeeting = Command<
  'RecordFollowUpMeeting',
  {
    meetingId: string;
    /** The scheduled meeting it holds; none for a meeting off the schedule. */
    followUpId?: string;
    heldOn: string;
    mode: MeetingMode;
    attendees: AttendeeRole[];
    attendeeNames?: string[];
    notes?: string;
    feedback?: string;
    elementStatuses: Array<{ elementId: string; status: ElementStatus }>;
    radicalChangeReported?: boolean;
    wModelPoints?: WModelPointInput[];
  }
>;
export type RecordWModelPoint = Command<'RecordWModelPoint', WModelPointInput>;
/**
 * A survey's answers, scored under the table the programme uses now; `dropThreshold` is the
 * programme's setting for how far a score may fall between two surveys before a plan review.
 * Without `followUpId` it holds the earliest scheduled survey still to come, if any.
 */
export type RecordRssSurvey = Command<
  'RecordRssSurvey',
  { surveyId: string; followUpId?: string; conductedOn: string; answers: Record<string, number>; table: RssTable; dropThreshold: number }
>;
/** Scores every past survey under a new table version, keeping the old scores beside. */
export type RescoreSurveys = Command<'RescoreSurveys', { table: RssTable }>;

// Alerts, issued by a scheduler when their days pass.
export type RaiseFollowUpOverdue = Command<'RaiseFollowUpOverdue', { followUpId: string }>;
export type RaiseReportDue = Command<'RaiseReportDue', { report: MonitoringReport }>;

// Closure.
export type CloseMonitoring = Command<'CloseMonitoring', { reason: MonitoringClosureReason; closedOn: string; handover: Handover[]; note?: string }>;
export type ReopenMonitoring = Command<'ReopenMonitoring', { reason: string }>;

export type MonitoringCommand =
  | NoteApprovedPlan
  | NotePlanEnded
  | NoteErasureForMonitoring
  | AddFollowUp
  | MoveFollowUp
  | IssueReport
  | RecordFollowUpMeeting
  | RecordWModelPoint
  | RecordRssSurvey
  | RescoreSurveys
  | RaiseFollowUpOverdue
  | RaiseReportDue
  | CloseMonitoring
  | ReopenMonitoring;
