import type { EscalationStage, ReferralsEvent } from '@homeward/contracts/referrals';
import type { Projection } from '@homeward/events';

/** An urgent referral escalated to the supervisors of an office, and whether the provider has answered since. */
export interface EscalationItem {
  caseId: string;
  referralId: string;
  providerId: string;
  /** The office whose supervisors were told: the one holding the case when it was escalated. */
  office: string;
  stage: EscalationStage;
  acknowledgeBy: string;
  escalatedAt: string;
  /** open: still unacknowledged; resolved: acknowledged, answered or ended since. */
  status: 'open' | 'resolved';
  resolvedAt?: string;
}

export const ESCALATIONS = 'escalations';

const HANDLES = [
  'referrals.ReferralEscalated',
  'referrals.ReferralAcknowledged',
  'referrals.ReferralAccepted',
  'referrals.ReferralDeclined',
  'referrals.ReferralClosed',
] as const satisfies readonly ReferralsEvent['type'][];
type EscalationFact = Extract<ReferralsEvent, { type: (typeof HANDLES)[number] }>;

const resolvedAt = (event: Exclude<EscalationFact, { type: 'referrals.ReferralEscalated' }>): string => {
  switch (event.type) {
    case 'referrals.ReferralAcknowledged':
      return event.data.acknowledgedAt;
    case 'referrals.ReferralAccepted':
      return event.data.acceptedAt;
    case 'referrals.ReferralDeclined':
      return event.data.declinedAt;
    case 'referrals.ReferralClosed':
      return event.data.closedAt;
  }
};

/** The overdue acknowledgements an office's supervisors were told of, one per referral, its latest escalation. */
export const escalationsProjection: Projection<EscalationItem, EscalationFact> = {
  name: 'referrals.escalations',
  collection: ESCALATIONS,
  // An office's open ones (or every office's), the longest overdue first.
  indexes: [{ fields: ['status', 'office', 'acknowledgeBy'] }, { fields: ['status', 'acknowledgeBy'] }],
  handles: HANDLES,
  documentId: (event) => `${event.data.caseId}:${event.data.referralId}`,
  evolve: (doc, event) => {
    if (event.type === 'referrals.ReferralEscalated') {
      const { caseId, referralId, providerId, office, stage, acknowledgeBy, escalatedAt } = event.data;
      return { caseId, referralId, providerId, office, stage, acknowledgeBy, escalatedAt, status: 'open' };
    }
    // Never escalated: not this list's. Resolved once: the first answer says when.
    if (!doc || doc.status === 'resolved') return doc;
    return { ...doc, status: 'resolved', resolvedAt: resolvedAt(event) };
  },
};
