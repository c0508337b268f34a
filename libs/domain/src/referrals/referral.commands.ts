import type { ServiceNeeded } from '@homeward/contracts/intake';
import type {
  DeclineReason,
  EmergencyContact,
  FollowUpOutcome,
  ReferralClosureReason,
  ReferralSource,
  ReferralSourceKind,
  ReferralUrgency,
  ServiceType,
  SharedReferralData,
  UnmetNeedClosureReason,
} from '@homeward/contracts/referrals';
import type { ConsentDecisionInput } from '../consent/noted-consent';
import type { CommandMetadata } from '../shared/command-metadata';
import type { ProviderSnapshot } from './directory/provider-snapshot';

type Command<T extends string, D> = { type: T; data: D & { caseId: string }; metadata: CommandMetadata };

/** From intake's consent register (ConsentGiven, ConsentRefused, ConsentWithdrawn), issued by referrals' reaction to intake's topic. */
export type NoteConsentForReferrals = Command<'NoteConsent', ConsentDecisionInput>;

// A referral's life.
/** A case manager's referral, or one from a plan element (planning's ReferralRequested); the provider as the app looked it up. */
export type RequestReferral = Command<
  'RequestReferral',
  { referralId: string; source: Exclude<ReferralSource, { kind: 'urgent_need' }>; serviceType: ServiceType; provider: ProviderSnapshot; office: string; note?: string }
>;
/**
 * Sends a requested (or held) referral through the consent gate. `returnee` is what the app knows of
 * the person; only the service type's minimum data set, within the consent, leaves.
 */
export type SendReferral = Command<'SendReferral', { referralId: string; provider: ProviderSnapshot; returnee: SharedReferralData }>;
export type AcknowledgeReferral = Command<'AcknowledgeReferral', { referralId: string }>;
export type AcceptReferral = Command<'AcceptReferral', { referralId: string; startOn?: string }>;
export type DeclineReferral = Command<'DeclineReferral', { referralId: string; reason: DeclineReason; note?: string }>;
export type RecordServiceDelivery = Command<'RecordServiceDelivery', { referralId: string; deliveredOn: string; note?: string }>;
export type RecordFollowUp = Command<'RecordFollowUp', { referralId: string; outcome: FollowUpOutcome; followedUpOn: string; notes?: string }>;
export type CloseReferral = Command<'CloseReferral', { referralId: string; reason: ReferralClosureReason; note?: string }>;

// Urgent referrals.
/**
 * From intake.UrgentNeedIdentified (urgentNeedPolicy): the need, the office holding the case, the case's
 * area if known, the emergency providers the app found there, and how long the provider has to acknowledge.
 */
export type OpenUrgentReferral = Command<
  'OpenUrgentReferral',
  {
    referralId: string;
    /** The id the need takes if no provider matches. */
    unmetNeedId: string;
    needId: string;
    serviceNeeded: ServiceNeeded;
    urgency: ReferralUrgency;
    office: string;
    area?: string;
    candidates: ProviderSnapshot[];
    acknowledgeWithinHours: number;
    returnee: SharedReferralData;
  }
>;
/** Issued by a scheduler once the acknowledgement time may have passed; `office` is the one holding the case now, if it knows. */
export type EscalateReferral = Command<'EscalateReferral', { referralId: string; office?: string }>;

// Unmet needs.
export type RecordUnmetNeed = Command<
  'RecordUnmetNeed',
  { unmetNeedId: string; serviceType: ServiceType; country: string; area?: string; source: ReferralSourceKind; sourceId?: string }
>;
export type MarkUnmetNeedMet = Command<'MarkUnmetNeedMet', { unmetNeedId: string; referralId?: string; metOn: string }>;
export type CloseUnmetNeed = Command<'CloseUnmetNeed', { unmetNeedId: string; reason: UnmetNeedClosureReason; note?: string }>;

// Safety planning and relocation.
export type RecordSafetyPlan = Command<
  'RecordSafetyPlan',
  { safetyPlanId: string; risks: string[]; mitigations: string[]; copingStrategies?: string[]; emergencyContacts: EmergencyContact[]; emergencyServices?: string }
>;
export type DecideRelocation = Command<'DecideRelocation', { relocationId: string; toArea: string; reason: string; decidedOn: string }>;

// Erasure.
/** From intake.ReturneeErased: her keys are destroyed, the case's referrals take nothing more. */
export type NoteErasureForReferrals = Command<'NoteErasure', { erasedAt: string }>;

// Transfer.
/** From intake.CaseTransferred: the office the case went to now holds its referrals. */
export type NoteCaseTransferForReferrals = Command<'NoteCaseTransfer', { office: string; transferredAt: string }>;

export type ReferralsCommand =
  | NoteConsentForReferrals
  | NoteErasureForReferrals
  | NoteCaseTransferForReferrals
  | RequestReferral
  | SendReferral
  | AcknowledgeReferral
  | AcceptReferral
  | DeclineReferral
  | RecordServiceDelivery
  | RecordFollowUp
  | CloseReferral
  | OpenUrgentReferral
  | EscalateReferral
  | RecordUnmetNeed
  | MarkUnmetNeedMet
  | CloseUnmetNeed
  | RecordSafetyPlan
  | DecideRelocation;
