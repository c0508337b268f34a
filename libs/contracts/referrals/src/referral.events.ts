import type { ServiceNeeded, Sex } from '@homeward/contracts/intake';
import type { DeclineReason, FollowUpOutcome, HoldReason, ReferralClosureReason, ReferralField, ReferralUrgency, ServiceType } from './vocabulary';

/** Who asked for the referral: a case manager, an element of the plan in force (planning's event), an urgent need (intake's). */
export type ReferralSource = { kind: 'case_manager' } | { kind: 'plan_element'; planVersion: number; elementId: string } | { kind: 'urgent_need'; needId: string; serviceNeeded: ServiceNeeded };

/** The returnee's data a referral can carry, each field under its consent category; only what the service type needs leaves. */
export interface SharedReferralData {
  firstName?: string;
  lastName?: string;
  sex?: Sex;
  ageYears?: number;
  language?: string;
  phone?: string;
  area?: string;
  needSummary?: string;
}

/** A referral of the case to a provider of the directory, for one service; an urgent one must be acknowledged by a deadline. */
export interface ReferralRequested {
  type: 'referrals.ReferralRequested';
  data: {
    caseId: string;
    referralId: string;
    source: ReferralSource;
    serviceType: ServiceType;
    providerId: string;
    /** The office holding the case: its supervisor is told if an urgent referral is not acknowledged in time. */
    office: string;
    urgency?: ReferralUrgency;
    /** Urgent only: how long the provider has to acknowledge, and by when (counted from now until it is sent, then from the sending). */
    acknowledgeWithinHours?: number;
    acknowledgeBy?: string;
    requestedAt: string;
    personal?: { note?: string };
  };
}

/**
 * The referral left for the provider with exactly these fields (names outside, values under personal),
 * under this consent, or, for a life-threatening need, under the emergency exception instead.
 */
export interface ReferralSent {
  type: 'referrals.ReferralSent';
  data: {
    caseId: string;
    referralId: string;
    providerId: string;
    serviceType: ServiceType;
    sharedFields: ReferralField[];
    consentId?: string;
    underEmergencyException?: true;
    acknowledgeBy?: string;
    /** Set where the shared data is of a sensitive category (a health service): sealed under the person's protection key. */
    sensitive?: true;
    sentAt: string;
    personal: SharedReferralData;
  };
}

/** The provider said it received the referral (an urgent one stops its escalation clock; intake marks the urgent need addressed). */
export interface ReferralAcknowledged {
  type: 'referrals.ReferralAcknowledged';
  data: { caseId: string; referralId: string; providerId: string; needId?: string; acknowledgedAt: string };
}

export interface ReferralAccepted {
  type: 'referrals.ReferralAccepted';
  data: { caseId: string; referralId: string; providerId: string; acceptedAt: string; startOn?: string };
}

export interface ReferralDeclined {
  type: 'referrals.ReferralDeclined';
  data: { caseId: string; referralId: string; providerId: string; reason: DeclineReason; declinedAt: string; personal?: { note?: string } };
}

export interface ServiceDelivered {
  type: 'referrals.ServiceDelivered';
  data: { caseId: string; referralId: string; deliveredOn: string; recordedAt: string; personal?: { note?: string } };
}

export interface ReferralFollowedUp {
  type: 'referrals.ReferralFollowedUp';
  data: { caseId: string; referralId: string; outcome: FollowUpOutcome; followedUpOn: string; recordedAt: string; personal?: { notes?: string } };
}

export interface ReferralClosed {
  type: 'referrals.ReferralClosed';
  data: { caseId: string; referralId: string; reason: ReferralClosureReason; closedAt: string; personal?: { note?: string } };
}

/** The consent it relied on was withdrawn: nothing more leaves under it, and the provider loses access, until it is sent again under a new one. */
export interface ReferralPutOnHold {
  type: 'referrals.ReferralPutOnHold';
  data: { caseId: string; referralId: string; providerId: string; consentId: string; reason: HoldReason; heldAt: string };
}

export type ReferralLifecycleEvent =
  | ReferralRequested
  | ReferralSent
  | ReferralAcknowledged
  | ReferralAccepted
  | ReferralDeclined
  | ServiceDelivered
  | ReferralFollowedUp
  | ReferralClosed
  | ReferralPutOnHold;
