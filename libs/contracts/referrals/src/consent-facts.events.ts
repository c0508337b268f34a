import type { NotedConsentDecision } from '@homeward/contracts/intake';

/**
 * A decision of intake's consent register, as referrals keeps it on the case's referrals stream to
 * gate each sending (intake's shape for consumers). A recipient is a provider organisation, by its id
 * in the directory.
 */
export interface ReferralConsentNoted {
  type: 'referrals.ConsentNoted';
  data: NotedConsentDecision;
}
