import type { AssessmentKind, GoalSource, PreDepartureReviewOutcome } from './vocabulary';

/** Intake recorded the returnee's arrival: a plan is due one month later (handbook 2.3). No personal data. */
export interface PlanDue {
  type: 'planning.PlanDue';
  data: { caseId: string; returneeId: string; country: string; arrivalDate: string; dueOn: string };
}

/** A supervisor extended the deadline: the new due day, who approved it; the reason is personal. */
export interface PlanDerogationGranted {
  type: 'planning.PlanDerogationGranted';
  data: { caseId: string; previousDueOn: string; dueOn: string; approvedBy: string; grantedAt: string; personal: { reason: string } };
}

/** A plan was designed at a pre-departure counselling session: the first plan after arrival reviews it. */
export interface PreDeparturePlanNoted {
  type: 'planning.PreDeparturePlanNoted';
  data: { caseId: string; sessionId: string; designedAt: string };
}

export interface PreDeparturePlanReviewed {
  type: 'planning.PreDeparturePlanReviewed';
  data: { caseId: string; sessionId: string; outcome: PreDepartureReviewOutcome; reviewedAt: string; personal?: { notes?: string } };
}

/** A reference to an assessment the plan builds on, held where it was made (intake, a community study). */
export interface AssessmentReference {
  kind: AssessmentKind;
  reference: string;
  assessedOn?: string;
}

/** What the plan starts from, the whole set as it now is: goals, motivations and context are what was said, so personal. */
export interface PlanInputsRecorded {
  type: 'planning.PlanInputsRecorded';
  data: {
    caseId: string;
    goalsSource: GoalSource;
    /** The counselling session whose plan-design step the goals came from. */
    sessionId?: string;
    assessments: AssessmentReference[];
    recordedAt: string;
    personal: { goals: string[]; motivations: string[]; contextNotes?: string };
  };
}

export type PlanClockEvent = PlanDue | PlanDerogationGranted | PreDeparturePlanNoted | PreDeparturePlanReviewed | PlanInputsRecorded;
