import type { ReferralsEvent } from '@homeward/contracts/referrals';
import type { NoteCaseTransferForReferrals as NoteCaseTransfer } from './referral.commands';
import type { CaseReferrals } from './referrals.state';

/**
 * The case went to another office: every referral of it, closed ones too, goes with it, as a transferred
 * case file keeps its whole history. A referral already held there is left alone, so a repeat of the same
 * transfer changes nothing.
 */
export function noteCaseTransfer({ data }: NoteCaseTransfer, state: CaseReferrals): ReferralsEvent[] {
  return Object.values(state.referrals)
    .filter((referral) => referral.office !== data.office)
    .map((referral) => ({
      type: 'referrals.ReferralOfficeChanged' as const,
      data: { caseId: data.caseId, referralId: referral.referralId, fromOffice: referral.office, office: data.office, changedAt: data.transferredAt },
    }));
}
