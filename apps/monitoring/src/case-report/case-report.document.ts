import type { Handover, MonitoringClosureReason, MonitoringReport, PlanOutcome, PlanReviewReason, RssScores, WDirection, AttendeeRole, MeetingMode } from '@homeward/contracts/monitoring';
import type { ClosureReason, Dimension, ElementStatus, PlanElementType } from '@homeward/contracts/planning';
import type { ServiceType } from '@homeward/contracts/referrals';

/** A version of the plan as planning's topic and monitoring's own notes tell it: structure and days, never its words. */
export interface ReportedPlanVersion {
  version: number;
  /** The day it was drafted (the first version) or revised into being. */
  changedOn?: string;
  fromVersion?: number;
  approvedOn?: string;
  activatedOn?: string;
  elements: Array<{ elementId: string; type: PlanElementType; status: ElementStatus }>;
}

/** Where an element stands: the plan's word for it, then each meeting's, the latest kept with its day. */
export interface ReportedElement {
  elementId: string;
  type: PlanElementType;
  status: ElementStatus;
  /** The day of the meeting that reported this status; absent while it is the plan's. */
  reportedOn?: string;
  /** The latest plan version that holds it. */
  planVersion: number;
}

export type ReportedReferralStatus = 'requested' | 'sent' | 'accepted' | 'declined' | 'delivered' | 'followed_up' | 'on_hold' | 'closed';

export interface ReportedReferral {
  referralId: string;
  serviceType: ServiceType;
  providerId: string;
  /** The plan element it serves, when a plan element asked for it. */
  elementId?: string;
  status: ReportedReferralStatus;
  requestedOn: string;
  deliveredOn?: string;
  outcome?: 'need_met' | 'need_partly_met' | 'need_not_met';
}

/** One scoring of a survey: the table version that computed it, and whether that table is provisional. */
export interface RssScoring {
  tableVersion: string;
  provisional: boolean;
  scores: RssScores;
}

export interface ReportedSurvey {
  surveyId: string;
  conductedOn: string;
  /** Oldest first; the last is current. A re-scoring keeps the ones before it beside. */
  scorings: RssScoring[];
}

export interface ReportedWPoint {
  pointId: string;
  occurredOn: string;
  dimension: Dimension;
  direction: WDirection;
  intensity: number;
  /** Her words, kept for the report of her case; gone once she is erased. */
  whatHappened?: string;
}

export interface ReportedMeeting {
  meetingId: string;
  heldOn: string;
  mode: MeetingMode;
  attendees: AttendeeRole[];
  elementsReported: number;
  radicalChangeReported: boolean;
}

/**
 * Everything a case's monitoring reports (mid-term and final) are made of, one document per case,
 * read by its id only (so no secondary index): monitoring's own history and what planning's and
 * referrals' topics tell it. Her name is not here: the case list keeps it under her consent.
 */
export interface CaseReportDocument {
  caseId: string;
  /** The country the plan is carried out in (monitoring's note of the approval): whose staff read the report. */
  country?: string;
  planCreatedOn?: string;
  followUpEndsOn?: string;
  planVersions: ReportedPlanVersion[];
  elements: ReportedElement[];
  referrals: ReportedReferral[];
  surveys: ReportedSurvey[];
  wPoints: ReportedWPoint[];
  meetings: ReportedMeeting[];
  reports: Partial<Record<MonitoringReport, { dueOn: string; issuedOn?: string }>>;
  reviews: Array<{ recommendedOn: string; reason: PlanReviewReason }>;
  planEnded?: { outcome: PlanOutcome | ClosureReason; endedOn: string };
  closure?: { reason: MonitoringClosureReason; closedOn: string; handover: Handover[] };
  reopenedOn?: string;
  erasedAt?: string;
}

export const CASE_REPORT = 'case_report';

export const emptyCaseReport = (caseId: string): CaseReportDocument => ({ caseId, planVersions: [], elements: [], referrals: [], surveys: [], wPoints: [], meetings: [], reports: {}, reviews: [] });
