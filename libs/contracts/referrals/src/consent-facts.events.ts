import type { ConsentPurpose, ConsentRecipient, DataCategory } from '@homeward/contracts/intake';

/**
 * A decision of intake's consent register, as referrals keeps it on the case's referrals stream to
 * gate each sending: copied from intake's topic (ConsentGiven, ConsentRefused, ConsentWithdrawn),
 * without the witness or the reason. A recipient is a provider organisation, by its id in the directory.
 */
export interface ReferralConsentNoted {
  type: 'referrals.ConsentNoted';
  data: {
    caseId: string;
    consentId: string;
    purpose: ConsentPurpose;
    recipient?: ConsentRecipient;
    decision: 'given' | 'refused' | 'withdrawn';
    /** The date on the form; a withdrawal keeps the one it was given under. */
    decidedOn: string;
    /** The moment intake recorded the decision. */
    decidedAt?: string;
    withdrawnOn?: string;
    formVersion: string;
    language: string;
    dataCategories: DataCategory[];
    notedAt: string;
  };
}
