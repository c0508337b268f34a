import type { ConsentNoted, VulnerabilityScreeningNoted, AllocationCriteria, AllocationCriterion, AssessmentReference, ClosureReason, GoalSource, Instalment, Modality, PreDepartureReviewOutcome, RiskControl } from '@homeward/contracts/planning';
import type { CommandMetadata } from '../shared/command-metadata';
import type { PlanContent } from './plan-content';

type Command<T extends string, D> = { type: T; data: D & { caseId: string }; metadata: CommandMetadata };

// What intake tells planning: issued by planning's reactions to intake's topic, not by people.
/** From intake.ReturneeArrived: the plan clock starts. */
export type StartPlanClock = Command<'StartPlanClock', { returneeId: string; country: string; arrivalDate: string }>;
/**
 * From intake.ConsentGiven and ConsentRefused (the form as signed), or ConsentWithdrawn (which names
 * only the form and the day): the register's decision as planning keeps it.
 */
export type NoteConsent = Command<
  'NoteConsent',
  | (Omit<ConsentNoted['data'], 'caseId' | 'notedAt' | 'decision' | 'withdrawnOn'> & { decision: 'given' | 'refused' })
  | (Pick<ConsentNoted['data'], 'consentId' | 'purpose' | 'recipient' | 'withdrawnOn'> & { decision: 'withdrawn'; withdrawnOn: string })
>;
/** From intake's screening of a vulnerability: its urgency only, the area staying in intake. */
export type NoteVulnerabilityScreening = Command<'NoteVulnerabilityScreening', VulnerabilityScreeningNoted['data']>;
/** From intake.ReturneeErased: her keys are destroyed, the plan takes nothing more. */
export type NoteErasure = Command<'NoteErasure', { erasedAt: string }>;
/** From intake's plan-design step in a pre-departure session. */
export type NotePreDeparturePlan = Command<'NotePreDeparturePlan', { sessionId: string; designedAt: string }>;

// The plan clock and the inputs.
export type GrantDerogation = Command<'GrantDerogation', { dueOn: string; reason: string }>;
export type ReviewPreDeparturePlan = Command<'ReviewPreDeparturePlan', { sessionId: string; outcome: PreDepartureReviewOutcome; notes?: string }>;
export type RecordPlanInputs = Command<
  'RecordPlanInputs',
  { goals: string[]; motivations: string[]; goalsSource: GoalSource; sessionId?: string; assessments: AssessmentReference[]; contextNotes?: string }
>;

// Versions and their life.
/** The draft as it now is: the first version, or the latest one while it is still a draft. */
export type DraftPlan = Command<'DraftPlan', { content: PlanContent }>;
/** A new version of the plan in force, with the reason; its content starts as the version in force unless given. */
export type RevisePlan = Command<'RevisePlan', { reason: string; content?: PlanContent }>;
export type SubmitPlan = Command<'SubmitPlan', { version: number }>;
export type ApprovePlan = Command<'ApprovePlan', { version: number }>;
export type ActivatePlan = Command<'ActivatePlan', { version: number }>;
export type CompletePlan = Command<'CompletePlan', { note?: string }>;
/** Assistance refused (NoteConsent) and erasure (NoteErasure) close a plan by themselves; people close it for the other reasons. */
export type ClosePlan = Command<'ClosePlan', { reason: Exclude<ClosureReason, 'assistance_refused' | 'returnee_erased'>; note?: string }>;

// Cash or in kind (Table 2.2).
export type DecideAllocation = Command<
  'DecideAllocation',
  {
    allocationId: string;
    elementId: string;
    /** The programme that pays it: the service names it (by default the only one with a grid in the plan's country). */
    programme: string;
    modality: Modality;
    criteria: AllocationCriteria;
    criteriaNotes?: Partial<Record<AllocationCriterion, string>>;
    amount: number;
    currency: string;
    instalments: Instalment[];
    riskControls: RiskControl[];
    effectivenessMeasure: string;
  }
>;
export type ApproveAllocation = Command<'ApproveAllocation', { allocationId: string }>;
export type RecordDisbursement = Command<'RecordDisbursement', { allocationId: string; disbursementId: string; instalment: number; amount: number; paidOn: string }>;

export type PlanCommand =
  | StartPlanClock
  | NoteConsent
  | NotePreDeparturePlan
  | NoteVulnerabilityScreening
  | NoteErasure
  | GrantDerogation
  | ReviewPreDeparturePlan
  | RecordPlanInputs
  | DraftPlan
  | RevisePlan
  | SubmitPlan
  | ApprovePlan
  | ActivatePlan
  | CompletePlan
  | ClosePlan
  | DecideAllocation
  | ApproveAllocation
  | RecordDisbursement;
