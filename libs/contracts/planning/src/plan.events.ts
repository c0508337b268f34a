import type { ClosureReason, ElementStatus, PlanElementType, Responsibility, SuspensionReason } from './vocabulary';

/** Who delivers an element: a provider of the referrals directory by id, or named in free text until the directory holds it. */
export type ElementProvider = { providerId: string } | { name: string; contact?: string };

/** The feasibility grid row a proposed element came from. */
export interface GridReference {
  gridId: string;
  gridVersion: number;
  rowId: string;
}

/** One element of a plan version as it travels: what, by whom, when. Its description is personal. */
export interface PlanElementData {
  elementId: string;
  type: PlanElementType;
  provider?: ElementProvider;
  responsibility: Responsibility;
  startOn?: string;
  endOn?: string;
  status: ElementStatus;
  fromGrid?: GridReference;
}

/** The Reintegration Sustainability Survey's scores when the plan was made, as monitoring provides them. */
export interface BaselineScores {
  economic: number;
  social: number;
  psychosocial: number;
  composite: number;
  measuredOn: string;
}

/** What a version holds that a topic may carry: its structure, no free text. */
export interface PlanVersionStructure {
  elements: PlanElementData[];
  estimatedDurationMonths?: number;
  baselineScores?: BaselineScores;
}

/** What a version says in words: about the person, so personal. */
export interface PlanVersionWords {
  elementDescriptions: { elementId: string; description: string }[];
  followUp?: string;
  feedbackCollection?: string;
  informationExchange?: string;
  exitStrategy?: string;
  transitionToMainstream?: string;
}

/** A version's draft as it now is: the first one, or a later draft of it before submission. */
export interface PlanDrafted {
  type: 'planning.PlanDrafted';
  data: PlanVersionStructure & { caseId: string; version: number; draftedAt: string; draftedOn: string; personal: PlanVersionWords };
}

/** A new version of a plan in force (or suspended), with the reason for the change. */
export interface PlanRevised {
  type: 'planning.PlanRevised';
  data: PlanVersionStructure & {
    caseId: string;
    version: number;
    fromVersion: number;
    revisedAt: string;
    revisedOn: string;
    personal: PlanVersionWords & { reason: string };
  };
}

export interface PlanSubmitted {
  type: 'planning.PlanSubmitted';
  data: { caseId: string; version: number; submittedAt: string };
}

export interface PlanApproved {
  type: 'planning.PlanApproved';
  data: { caseId: string; version: number; approvedBy: string; approvedAt: string };
}

/** The consent form a version became active under, as intake's register recorded it. */
export interface PlanConsentRelied {
  consentId: string;
  formVersion: string;
  language: string;
  decidedOn: string;
}

/** The version is in force, under the consents that cover all its components; the one before it is superseded. */
export interface PlanActivated {
  type: 'planning.PlanActivated';
  data: {
    caseId: string;
    version: number;
    supersedesVersion?: number;
    activatedAt: string;
    consent: PlanConsentRelied;
    /** Consents to referral naming each outside provider of the version. */
    referralConsentIds: string[];
  };
}

/** An element of the version now in force needs an outside service: the referrals service acts on it. */
export interface ReferralRequested {
  type: 'planning.ReferralRequested';
  data: {
    caseId: string;
    planVersion: number;
    elementId: string;
    elementType: PlanElementType;
    provider?: ElementProvider;
    startOn?: string;
    requestedAt: string;
  };
}

/** The plan stops, flagged, until a new version is consented to. */
export interface PlanSuspended {
  type: 'planning.PlanSuspended';
  data: { caseId: string; reason: SuspensionReason; consentId: string; suspendedAt: string };
}

/** The plan was carried out as its exit strategy says. */
export interface PlanCompleted {
  type: 'planning.PlanCompleted';
  data: { caseId: string; version: number; completedAt: string; personal?: { note?: string } };
}

export interface PlanClosed {
  type: 'planning.PlanClosed';
  data: { caseId: string; reason: ClosureReason; closedAt: string; consentId?: string; personal?: { note?: string } };
}

export type PlanLifecycleEvent =
  | PlanDrafted
  | PlanRevised
  | PlanSubmitted
  | PlanApproved
  | PlanActivated
  | ReferralRequested
  | PlanSuspended
  | PlanCompleted
  | PlanClosed;
