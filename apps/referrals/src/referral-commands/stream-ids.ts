/** The streams referrals writes: a case's referrals, and each provider of the directory. */
export const referralsStreamId = (caseId: string) => `referrals-${caseId}`;
export const providerStreamId = (providerId: string) => `provider-${providerId}`;
