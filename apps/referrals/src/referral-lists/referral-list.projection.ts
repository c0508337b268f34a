import { evolveReferrals, initialReferralsState, type Referral, type ReferralStatus } from '@homeward/domain';
import type { ReferralField, ReferralLifecycleEvent, ReferralOfficeChanged, ReferralSourceKind, ReferralUrgency, ServiceType, UrgentReferralEvent } from '@homeward/contracts/referrals';
import type { Projection } from '@homeward/events';

/** One referral in the lists: where it stands, for whom, from whom; nothing of the person (her data is in case_referrals). */
export interface ReferralListItem {
  caseId: string;
  referralId: string;
  /** The office holding the case: the one that requested it, then each the case was transferred to. */
  office: string;
  providerId: string;
  serviceType: ServiceType;
  source: ReferralSourceKind;
  urgency?: ReferralUrgency;
  status: ReferralStatus;
  requestedAt: string;
  sentAt?: string;
  /** The fields that left, and the consent they left under (none under the emergency exception). */
  sharedFields?: ReferralField[];
  consentId?: string;
  /** Set while on hold: since when its consent is withdrawn. */
  heldAt?: string;
  lastChangedAt: string;
}

/** As stored: the referral as the domain folds it, and the provider it was sent to, whose inbox goes through it. */
export type ReferralListDocument = ReferralListItem & { addressedTo?: string; basis: { referral: Referral } };

export const REFERRAL_LIST = 'referral_list';

export const REFERRAL_EVENTS = [
  'referrals.ReferralRequested',
  'referrals.ReferralSent',
  'referrals.ReferralAcknowledged',
  'referrals.ReferralAccepted',
  'referrals.ReferralDeclined',
  'referrals.ServiceDelivered',
  'referrals.ReferralFollowedUp',
  'referrals.ReferralClosed',
  'referrals.ReferralPutOnHold',
  'referrals.EmergencyExceptionApplied',
  'referrals.ReferralEscalated',
  'referrals.ReferralOfficeChanged',
] as const;
export type ReferralEvent = Extract<ReferralLifecycleEvent | UrgentReferralEvent | ReferralOfficeChanged, { type: (typeof REFERRAL_EVENTS)[number] }>;

export const referralDocumentId = (caseId: string, referralId: string) => `${caseId}/${referralId}`;

export const referralListProjection: Projection<ReferralListDocument, ReferralEvent> = {
  name: 'referrals.referral-list',
  collection: REFERRAL_LIST,
  // An office's referrals (all, at a stage, to a provider, of a case), the last changed first; the same for callers of every country; a provider's inbox.
  indexes: [
    { fields: ['office', 'lastChangedAt'] },
    { fields: ['office', 'status', 'lastChangedAt'] },
    { fields: ['office', 'providerId', 'lastChangedAt'] },
    { fields: ['office', 'caseId', 'lastChangedAt'] },
    { fields: ['lastChangedAt'] },
    { fields: ['status', 'lastChangedAt'] },
    { fields: ['providerId', 'lastChangedAt'] },
    { fields: ['caseId', 'lastChangedAt'] },
    { fields: ['addressedTo', 'lastChangedAt'] },
  ],
  handles: REFERRAL_EVENTS,
  documentId: (event) => referralDocumentId(event.data.caseId, event.data.referralId),
  evolve: (doc, event) => {
    // The domain's own fold, over this one referral: the lists say what the decider would.
    const before = doc ? { ...initialReferralsState(), referrals: { [doc.referralId]: doc.basis.referral } } : initialReferralsState();
    const referral = evolveReferrals(before, event).referrals[event.data.referralId];
    if (!referral) return doc;
    const sent = event.type === 'referrals.ReferralSent' ? event.data : undefined;
    const addressedTo = doc?.addressedTo ?? sent?.providerId;
    const sentAt = sent?.sentAt ?? doc?.sentAt;
    const heldAt = referral.status === 'on_hold' ? (event.type === 'referrals.ReferralPutOnHold' ? event.data.heldAt : doc?.heldAt) : undefined;
    return {
      caseId: event.data.caseId,
      referralId: referral.referralId,
      office: referral.office,
      providerId: referral.providerId,
      serviceType: referral.serviceType,
      source: referral.source.kind,
      ...(referral.urgency ? { urgency: referral.urgency } : {}),
      status: referral.status,
      requestedAt: referral.requestedAt,
      ...(sentAt ? { sentAt } : {}),
      ...(referral.sharedFields ? { sharedFields: referral.sharedFields } : {}),
      ...(referral.consentId ? { consentId: referral.consentId } : {}),
      ...(heldAt ? { heldAt } : {}),
      lastChangedAt: event.occurredAt,
      ...(addressedTo ? { addressedTo } : {}),
      basis: { referral },
    };
  },
};

/** The item as the lists answer it: without what the store and the projection keep for themselves. */
export function listItemOf(doc: ReferralListDocument): ReferralListItem {
  const { addressedTo: _a, basis: _b, _id, _position, ...item } = doc as ReferralListDocument & { _id?: string; _position?: number };
  return item;
}
