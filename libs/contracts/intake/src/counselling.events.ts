import type { SessionPhase } from './vocabulary';

/** What was done at each of the six steps. Everything said in a session is personal data. */
export type SessionStepDetails =
  | {
      step: 'preparation';
      hostCountryInformationReviewed: boolean;
      privatePlace: boolean;
      recordsSecured: boolean;
      interpreter: { present: boolean; boundToConfidentiality?: boolean; language?: string };
    }
  | { step: 'trust'; notes?: string }
  | { step: 'process_and_consent'; processExplained: boolean; rightToRefuseExplained: boolean; notes?: string }
  | { step: 'vulnerabilities'; screened: boolean; notes?: string }
  | {
      step: 'plan_design';
      goals: string[];
      strengths: string[];
      lifePlan: string;
      /** Required at the first session after arrival when a plan was designed before departure. */
      preDeparturePlanReview?: { outcome: 'confirmed' | 'revised'; notes?: string };
    }
  | { step: 'closing'; summary: string; nextSessionDate?: string };

export interface CounsellingSessionScheduled {
  type: 'intake.CounsellingSessionScheduled';
  data: { caseId: string; sessionId: string; phase: SessionPhase; scheduledFor: string; continuesSessionId?: string };
}

export interface CounsellingSessionStarted {
  type: 'intake.CounsellingSessionStarted';
  data: { caseId: string; sessionId: string; phase: SessionPhase; startedAt: string };
}

export interface CounsellingStepRecorded {
  type: 'intake.CounsellingStepRecorded';
  data: { caseId: string; sessionId: string; step: SessionStepDetails['step']; recordedAt: string; personal: SessionStepDetails };
}

export interface CounsellingSessionPaused {
  type: 'intake.CounsellingSessionPaused';
  data: { caseId: string; sessionId: string; pausedAt: string; personal?: { reason?: string } };
}

export interface CounsellingSessionResumed {
  type: 'intake.CounsellingSessionResumed';
  data: { caseId: string; sessionId: string; resumedAt: string };
}

/** A session ends completed (closing step done) or to be continued in a later session. */
export interface CounsellingSessionEnded {
  type: 'intake.CounsellingSessionEnded';
  data: {
    caseId: string;
    sessionId: string;
    endedAt: string;
    outcome: 'completed' | 'continued_later';
    continuedInSessionId?: string;
    nextSessionDate?: string;
  };
}

export type CounsellingEvent =
  | CounsellingSessionScheduled
  | CounsellingSessionStarted
  | CounsellingStepRecorded
  | CounsellingSessionPaused
  | CounsellingSessionResumed
  | CounsellingSessionEnded;
