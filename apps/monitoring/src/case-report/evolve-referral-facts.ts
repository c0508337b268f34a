import type { ReferralsTopicEvent } from '@homeward/contracts/referrals';
import type { CaseReportDocument, ReportedReferral, ReportedReferralStatus } from './case-report.document';

export const REFERRAL_FACTS = [
  'referrals.ReferralRequested',
  'referrals.ReferralSent',
  'referrals.ReferralAccepted',
  'referrals.ReferralDeclined',
  'referrals.ServiceDelivered',
  'referrals.ReferralFollowedUp',
  'referrals.ReferralClosed',
  'referrals.ReferralPutOnHold',
] as const;
export type ReferralFact = Extract<ReferralsTopicEvent, { type: (typeof REFERRAL_FACTS)[number] }>;

/** What referrals' topic tells the report of the case's referrals: the service, the provider's id, how far each went. No shared data. */
export function evolveReferralFact(doc: CaseReportDocument, fact: ReferralFact): CaseReportDocument {
  if (fact.type === 'referrals.ReferralRequested') {
    const { referralId, serviceType, providerId, source, requestedAt } = fact.data;
    if (doc.referrals.some((r) => r.referralId === referralId)) return doc;
    const referral: ReportedReferral = { referralId, serviceType, providerId, status: 'requested', requestedOn: requestedAt.slice(0, 10), ...(source.kind === 'plan_element' ? { elementId: source.elementId } : {}) };
    return { ...doc, referrals: [...doc.referrals, referral] };
  }
  return changeReferral(doc, fact.data.referralId, (r) => {
    switch (fact.type) {
      case 'referrals.ReferralSent':
        return at(r, 'sent');
      case 'referrals.ReferralAccepted':
        return at(r, 'accepted');
      case 'referrals.ReferralDeclined':
        return at(r, 'declined');
      case 'referrals.ServiceDelivered':
        return { ...at(r, 'delivered'), deliveredOn: fact.data.deliveredOn };
      case 'referrals.ReferralFollowedUp':
        return { ...at(r, 'followed_up'), outcome: fact.data.outcome };
      case 'referrals.ReferralClosed':
        return at(r, 'closed');
      case 'referrals.ReferralPutOnHold':
        return at(r, 'on_hold');
    }
  });
}

// A closed referral stays closed whatever a late event says.
const at = (r: ReportedReferral, status: ReportedReferralStatus): ReportedReferral => (r.status === 'closed' ? r : { ...r, status });

function changeReferral(doc: CaseReportDocument, referralId: string, change: (r: ReportedReferral) => ReportedReferral): CaseReportDocument {
  return doc.referrals.some((r) => r.referralId === referralId) ? { ...doc, referrals: doc.referrals.map((r) => (r.referralId === referralId ? change(r) : r)) } : doc;
}
