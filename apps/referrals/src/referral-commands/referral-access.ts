import { ReferralsError, type CaseReferrals, type ReferralsCommand } from '@homeward/domain';
import { inScope, type Principal } from '@homeward/platform';

/**
 * Who may act on a case's referrals: staff whose countries cover the office they are recorded
 * under; a provider's users on the referrals addressed to their organisation only. To anyone else
 * a referral is as unknown as one that does not exist: that a case has one is not theirs to learn.
 */
export function guardReferralAccess(principal: Principal, state: CaseReferrals, command: ReferralsCommand, office: string): void {
  const referralId = (command.data as { referralId?: string }).referralId;
  const unknown = () => new ReferralsError('REFERRAL_NOT_FOUND', `No referral ${referralId ?? ''} in case ${command.data.caseId}`, 'referralId');
  if (principal.role === 'service_provider') {
    const referral = referralId ? state.referrals[referralId] : undefined;
    if (!referral || !principal.organisationId || referral.providerId !== principal.organisationId) throw unknown();
    return;
  }
  if (office && !inScope(principal, office)) throw unknown();
}
