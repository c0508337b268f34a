import type { ReferralsEvent } from '@homeward/contracts/referrals';
import { notInFuture } from '../shared/dates';
import type { CloseReferral, RecordFollowUp, RecordServiceDelivery } from './referral.commands';
import { existingReferral, liveReferral } from './referral.guards';
import { ReferralsError } from './referrals.errors';
import type { CaseReferrals } from './referrals.state';

/** A service is delivered on a referral the provider accepted, once, on a day that has come. */
export function recordServiceDelivery({ data, metadata }: RecordServiceDelivery, state: CaseReferrals): ReferralsEvent[] {
  const referral = liveReferral(state, data.referralId);
  if (referral.status === 'delivered' || referral.status === 'followed_up') throw new ReferralsError('SERVICE_ALREADY_DELIVERED');
  if (referral.status !== 'accepted') throw new ReferralsError('REFERRAL_NOT_ACCEPTED', `Referral ${referral.referralId} is ${referral.status}`);
  notInFuture(data.deliveredOn, metadata.today, 'deliveredOn', 'The delivery');
  return [{ type: 'referrals.ServiceDelivered', data: { caseId: data.caseId, referralId: referral.referralId, deliveredOn: data.deliveredOn, recordedAt: metadata.now, ...(data.note ? { personal: { note: data.note } } : {}) } }];
}

/** The referral process includes a follow-up (handbook 2.3.2): after the delivery, as often as needed. */
export function recordFollowUp({ data, metadata }: RecordFollowUp, state: CaseReferrals): ReferralsEvent[] {
  const referral = liveReferral(state, data.referralId);
  if (referral.status !== 'delivered' && referral.status !== 'followed_up') throw new ReferralsError('SERVICE_NOT_DELIVERED', `Referral ${referral.referralId} is ${referral.status}`);
  notInFuture(data.followedUpOn, metadata.today, 'followedUpOn', 'The follow-up');
  return [
    {
      type: 'referrals.ReferralFollowedUp',
      data: { caseId: data.caseId, referralId: referral.referralId, outcome: data.outcome, followedUpOn: data.followedUpOn, recordedAt: metadata.now, ...(data.notes ? { personal: { notes: data.notes } } : {}) },
    },
  ];
}

/** Any referral not closed can be closed; as completed only once followed up, as declined only once declined. */
export function closeReferral({ data, metadata }: CloseReferral, state: CaseReferrals): ReferralsEvent[] {
  const referral = existingReferral(state, data.referralId);
  if (referral.status === 'closed') throw new ReferralsError('REFERRAL_ENDED', `Referral ${referral.referralId} is closed`);
  if (data.reason === 'service_completed' && !referral.followedUp) throw new ReferralsError('FOLLOW_UP_REQUIRED', `Referral ${referral.referralId} has no follow-up`, 'reason');
  if (data.reason === 'declined' && referral.status !== 'declined') {
    throw new ReferralsError('CLOSURE_REASON_DOES_NOT_FIT', `Referral ${referral.referralId} is ${referral.status}`, 'reason');
  }
  return [{ type: 'referrals.ReferralClosed', data: { caseId: data.caseId, referralId: referral.referralId, reason: data.reason, closedAt: metadata.now, ...(data.note ? { personal: { note: data.note } } : {}) } }];
}
