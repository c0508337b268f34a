import type { ReferralConsentNoted } from './consent-facts.events';
import type { ReturneeErasureNoted } from './erasure-facts.events';
import type { ReferralLifecycleEvent } from './referral.events';
import type { SafetyEvent } from './safety.events';
import type { ReferralOfficeChanged } from './transfer-facts.events';
import type { UnmetNeedEvent } from './unmet-need.events';
import type { UrgentReferralEvent } from './urgent.events';

/** Everything that can happen to the referrals of one case, in its one stream (`referrals-<caseId>`). */
export type ReferralsEvent = ReferralConsentNoted | ReferralLifecycleEvent | UrgentReferralEvent | UnmetNeedEvent | SafetyEvent | ReturneeErasureNoted | ReferralOfficeChanged;

/** Written as a record so that a new event in the union fails to compile until it is listed here. */
const EVERY_REFERRALS_EVENT: Record<ReferralsEvent['type'], true> = {
  'referrals.ConsentNoted': true,
  'referrals.ReferralRequested': true,
  'referrals.ReferralSent': true,
  'referrals.ReferralAcknowledged': true,
  'referrals.ReferralAccepted': true,
  'referrals.ReferralDeclined': true,
  'referrals.ServiceDelivered': true,
  'referrals.ReferralFollowedUp': true,
  'referrals.ReferralClosed': true,
  'referrals.ReferralPutOnHold': true,
  'referrals.EmergencyExceptionApplied': true,
  'referrals.ReferralEscalated': true,
  'referrals.UnmetNeedRecorded': true,
  'referrals.UnmetNeedMet': true,
  'referrals.UnmetNeedClosed': true,
  'referrals.SafetyPlanRecorded': true,
  'referrals.RelocationDecided': true,
  'referrals.ReturneeErasureNoted': true,
  'referrals.ReferralOfficeChanged': true,
};

export const REFERRALS_EVENT_TYPES = Object.keys(EVERY_REFERRALS_EVENT) as Array<ReferralsEvent['type']>;
