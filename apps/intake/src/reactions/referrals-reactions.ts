import type { ReferralsTopicEvent } from '@homeward/contracts/referrals';
import type { Reaction } from '@homeward/events';
import type { CaseCommandInput } from '../case-commands/case-commands';

type Acknowledged = Extract<ReferralsTopicEvent, { type: 'referrals.ReferralAcknowledged' }>;

/**
 * The emergency provider acknowledged the urgent referral made for an urgent need: the need is
 * addressed, learnt from referrals' event rather than by a call between the services. Any other
 * referral's acknowledgement names no need and asks for nothing.
 */
export const markUrgentNeedAddressedWhenReferralAcknowledged: Reaction<Acknowledged, CaseCommandInput> = {
  name: 'mark-urgent-need-addressed-when-referral-acknowledged',
  handles: ['referrals.ReferralAcknowledged'],
  react: ({ data }) => (data.needId ? [{ type: 'MarkUrgentNeedAddressed', data: { caseId: data.caseId, needId: data.needId } }] : []),
};
