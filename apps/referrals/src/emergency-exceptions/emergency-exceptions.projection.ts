import type { ConsentAbsence, EmergencyExceptionReason, ReferralsEvent } from '@homeward/contracts/referrals';
import type { Projection } from '@homeward/events';

/** A referral sent without the returnee's prior consent to sharing, under the life-threatening exception, and why. */
export interface EmergencyExceptionItem {
  caseId: string;
  referralId: string;
  needId: string;
  providerId: string;
  /** The office holding the case, under which it was recorded. */
  office: string;
  reason: EmergencyExceptionReason;
  /** What the consent register answered instead of a consent. */
  consentAnswer: ConsentAbsence;
  appliedAt: string;
  /** Who applied it: the reaction acting for the service, as the history names it. */
  appliedBy: string;
}

export const EMERGENCY_EXCEPTIONS = 'emergency_exceptions';

type ExceptionFact = Extract<ReferralsEvent, { type: 'referrals.EmergencyExceptionApplied' }>;

/** The register auditors check the exception against: one entry per referral that relied on it, never changed. */
export const emergencyExceptionsProjection: Projection<EmergencyExceptionItem, ExceptionFact> = {
  name: 'referrals.emergency-exceptions',
  collection: EMERGENCY_EXCEPTIONS,
  // Some offices' (or every office's), the latest first.
  indexes: [{ fields: ['office', 'appliedAt'] }, { fields: ['appliedAt'] }],
  handles: ['referrals.EmergencyExceptionApplied'],
  documentId: (event) => `${event.data.caseId}:${event.data.referralId}`,
  evolve: (_doc, event) => {
    const { caseId, referralId, needId, providerId, reason, consentAnswer, appliedAt } = event.data;
    return { caseId, referralId, needId, providerId, office: event.country, reason, consentAnswer, appliedAt, appliedBy: event.actor.userId };
  },
};
