import type { ReferralsEvent } from '@homeward/contracts/referrals';
import type { AcceptReferral, AcknowledgeReferral, DeclineReferral } from './referral.commands';
import { liveReferral } from './referral.guards';
import { ReferralsError } from './referrals.errors';
import type { CaseReferrals, Referral } from './referrals.state';

/** A provider answers only a referral it received: one not sent yet is not its to answer. */
function received(state: CaseReferrals, referralId: string): Referral {
  const referral = liveReferral(state, referralId);
  if (referral.status === 'requested') throw new ReferralsError('REFERRAL_NOT_SENT', `Referral ${referralId} is not sent yet`);
  return referral;
}

/**
 * The provider says it has the referral: an urgent one stops its escalation clock, and intake marks
 * its urgent need addressed from this event. Said again, or after an answer that implies it, nothing changes.
 */
export function acknowledgeReferral({ data, metadata }: AcknowledgeReferral, state: CaseReferrals): ReferralsEvent[] {
  const referral = received(state, data.referralId);
  if (referral.acknowledgedAt || referral.status !== 'sent') return [];
  const needId = referral.source.kind === 'urgent_need' ? referral.source.needId : undefined;
  return [{ type: 'referrals.ReferralAcknowledged', data: { caseId: data.caseId, referralId: referral.referralId, providerId: referral.providerId, ...(needId ? { needId } : {}), acknowledgedAt: metadata.now } }];
}

/** A provider accepts or declines a referral once. */
function unanswered(state: CaseReferrals, referralId: string): Referral {
  const referral = received(state, referralId);
  if (referral.status !== 'sent') throw new ReferralsError('REFERRAL_ALREADY_ANSWERED', `Referral ${referralId} is ${referral.status}`);
  return referral;
}

export function acceptReferral({ data, metadata }: AcceptReferral, state: CaseReferrals): ReferralsEvent[] {
  const referral = unanswered(state, data.referralId);
  return [{ type: 'referrals.ReferralAccepted', data: { caseId: data.caseId, referralId: referral.referralId, providerId: referral.providerId, acceptedAt: metadata.now, ...(data.startOn ? { startOn: data.startOn } : {}) } }];
}

/** Declined, with the reason: the case manager looks for another provider, or records the need as unmet. */
export function declineReferral({ data, metadata }: DeclineReferral, state: CaseReferrals): ReferralsEvent[] {
  const referral = unanswered(state, data.referralId);
  return [
    {
      type: 'referrals.ReferralDeclined',
      data: { caseId: data.caseId, referralId: referral.referralId, providerId: referral.providerId, reason: data.reason, declinedAt: metadata.now, ...(data.note ? { personal: { note: data.note } } : {}) },
    },
  ];
}
