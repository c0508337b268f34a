import type { ConsentAbsence, EmergencyExceptionReason, EscalationStage } from './vocabulary';

/**
 * A life-threatening need went to a provider without the returnee's consent to sharing: the exception,
 * its reason and what the consent register answered, for auditors to list. The sending follows it.
 */
export interface EmergencyExceptionApplied {
  type: 'referrals.EmergencyExceptionApplied';
  data: {
    caseId: string;
    referralId: string;
    needId: string;
    providerId: string;
    reason: EmergencyExceptionReason;
    consentAnswer: ConsentAbsence;
    appliedAt: string;
  };
}

/** An urgent referral was not acknowledged in time: the supervisor of this office is told. */
export interface ReferralEscalated {
  type: 'referrals.ReferralEscalated';
  data: { caseId: string; referralId: string; providerId: string; office: string; stage: EscalationStage; acknowledgeBy: string; escalatedAt: string };
}

export type UrgentReferralEvent = EmergencyExceptionApplied | ReferralEscalated;
