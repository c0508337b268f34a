import type { ReferralsEvent } from '@homeward/contracts/referrals';
import type { PendingItem, Projection, Recorded } from '@homeward/events';

/** An urgent referral waiting for its provider's acknowledgement, due by `dueAt` (its acknowledgeBy in force). */
export interface AcknowledgementDue extends PendingItem {
  caseId: string;
  referralId: string;
}

export const ACKNOWLEDGEMENTS_DUE = 'acknowledgements_due';

const HANDLES = [
  'referrals.ReferralRequested',
  'referrals.ReferralSent',
  'referrals.ReferralAcknowledged',
  'referrals.ReferralAccepted',
  'referrals.ReferralDeclined',
  'referrals.ReferralClosed',
  'referrals.ReferralPutOnHold',
  'referrals.ReferralEscalated',
] as const satisfies readonly ReferralsEvent['type'][];
type DueFact = Extract<ReferralsEvent, { type: (typeof HANDLES)[number] }>;

const dueBy = (event: Recorded<DueFact>, dueAt: string): AcknowledgementDue => ({
  dueAt,
  setBy: { eventId: event.eventId, correlationId: event.correlationId, type: event.type },
  caseId: event.data.caseId,
  referralId: event.data.referralId,
});

/**
 * The escalation deadline's to-do list: every urgent referral requested or sent with a time to
 * acknowledge and not yet acknowledged. Its sending restarts the clock; an acknowledgement, an
 * answer, its end or a hold (its consent withdrawn) take it off; so does its escalation for the
 * deadline it is listed under, and only that one.
 */
export const acknowledgementsDueProjection: Projection<AcknowledgementDue, DueFact> = {
  name: 'referrals.acknowledgements-due',
  collection: ACKNOWLEDGEMENTS_DUE,
  indexes: [{ fields: ['dueAt'] }],
  handles: HANDLES,
  // A referral's id is its case's own: two cases may use the same one.
  documentId: (event) => `${event.data.caseId}:${event.data.referralId}`,
  evolve: (doc, event) => {
    switch (event.type) {
      case 'referrals.ReferralRequested':
        return event.data.acknowledgeBy ? dueBy(event, event.data.acknowledgeBy) : null;
      case 'referrals.ReferralSent':
        return event.data.acknowledgeBy ? dueBy(event, event.data.acknowledgeBy) : doc;
      case 'referrals.ReferralEscalated':
        return doc && doc.dueAt === event.data.acknowledgeBy ? null : doc;
      case 'referrals.ReferralAcknowledged':
      case 'referrals.ReferralAccepted':
      case 'referrals.ReferralDeclined':
      case 'referrals.ReferralClosed':
      case 'referrals.ReferralPutOnHold':
        return null;
    }
  },
};
