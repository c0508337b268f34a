import type { ReferralField, ReferralSource, ReferralSourceKind, ReferralsEvent, ReferralUrgency, ServiceType } from '@homeward/contracts/referrals';
import { noteConsent, type NotedConsent } from '../consent/noted-consent';
import { definedFields as defined } from '../shared/defined-fields';
import { exhaustive } from '../shared/exhaustive';

/** `on_hold`: its consent was withdrawn; it goes on where it was once sent again under a new one. */
export type ReferralStatus = 'requested' | 'sent' | 'accepted' | 'declined' | 'delivered' | 'followed_up' | 'on_hold' | 'closed';

export interface Referral {
  referralId: string;
  source: ReferralSource;
  serviceType: ServiceType;
  providerId: string;
  office: string;
  status: ReferralStatus;
  requestedAt: string;
  urgency?: ReferralUrgency;
  acknowledgeWithinHours?: number;
  /** The deadline in force: from the request until it is sent, from the sending after. */
  acknowledgeBy?: string;
  consentId?: string;
  underEmergencyException?: boolean;
  sharedFields?: ReferralField[];
  acknowledgedAt?: string;
  /** The deadline it was last escalated for: a scheduler's repeat changes nothing. */
  escalatedFor?: string;
  followedUp: boolean;
  /** Where it stood when held. */
  heldFrom?: Exclude<ReferralStatus, 'on_hold' | 'closed' | 'declined'>;
}

export interface UnmetNeed {
  unmetNeedId: string;
  serviceType: ServiceType;
  source: ReferralSourceKind;
  sourceId?: string;
  status: 'open' | 'met' | 'closed';
}

/** The referrals of one case and what they are decided on: intake's consents as noted, the unmet needs, safety planning. */
export interface CaseReferrals {
  consents: NotedConsent[];
  referrals: Record<string, Referral>;
  unmetNeeds: Record<string, UnmetNeed>;
  safetyPlanIds: string[];
  relocationIds: string[];
  /** When intake erased her: the case's referrals take nothing more. */
  erasedAt?: string;
}

export const initialReferralsState = (): CaseReferrals => ({ consents: [], referrals: {}, unmetNeeds: {}, safetyPlanIds: [], relocationIds: [] });

export function evolveReferrals(state: CaseReferrals, event: ReferralsEvent): CaseReferrals {
  switch (event.type) {
    case 'referrals.ConsentNoted':
      return { ...state, consents: noteConsent(state.consents, event.data) };
    case 'referrals.ReferralRequested': {
      const { referralId, source, serviceType, providerId, office, urgency, acknowledgeWithinHours, acknowledgeBy, requestedAt } = event.data;
      const referral: Referral = { referralId, source, serviceType, providerId, office, status: 'requested', requestedAt, followedUp: false, ...defined({ urgency, acknowledgeWithinHours, acknowledgeBy }) };
      return withReferral(state, referral);
    }
    case 'referrals.ReferralSent': {
      const { referralId, consentId, underEmergencyException, sharedFields, acknowledgeBy } = event.data;
      return change(state, referralId, (r) => {
        const { heldFrom, consentId: _before, ...rest } = r;
        return { ...rest, status: heldFrom && heldFrom !== 'requested' ? heldFrom : 'sent', sharedFields, ...defined({ consentId, underEmergencyException, acknowledgeBy: acknowledgeBy ?? r.acknowledgeBy }) };
      });
    }
    case 'referrals.ReferralAcknowledged':
      return change(state, event.data.referralId, (r) => ({ ...r, acknowledgedAt: event.data.acknowledgedAt }));
    case 'referrals.ReferralAccepted':
      return change(state, event.data.referralId, (r) => ({ ...r, status: 'accepted' }));
    case 'referrals.ReferralDeclined':
      return change(state, event.data.referralId, (r) => ({ ...r, status: 'declined' }));
    case 'referrals.ServiceDelivered':
      return change(state, event.data.referralId, (r) => ({ ...r, status: 'delivered' }));
    case 'referrals.ReferralFollowedUp':
      return change(state, event.data.referralId, (r) => ({ ...r, status: 'followed_up', followedUp: true }));
    case 'referrals.ReferralClosed':
      return change(state, event.data.referralId, (r) => ({ ...r, status: 'closed' }));
    case 'referrals.ReferralPutOnHold':
      return change(state, event.data.referralId, (r) => (r.status === 'on_hold' || r.status === 'closed' || r.status === 'declined' ? r : { ...r, status: 'on_hold', heldFrom: r.status }));
    case 'referrals.EmergencyExceptionApplied':
      return state;
    case 'referrals.ReferralEscalated':
      return change(state, event.data.referralId, (r) => ({ ...r, escalatedFor: event.data.acknowledgeBy }));
    case 'referrals.UnmetNeedRecorded': {
      const { unmetNeedId, serviceType, source, sourceId } = event.data;
      return { ...state, unmetNeeds: { ...state.unmetNeeds, [unmetNeedId]: { unmetNeedId, serviceType, source, status: 'open', ...defined({ sourceId }) } } };
    }
    case 'referrals.UnmetNeedMet':
      return withNeedStatus(state, event.data.unmetNeedId, 'met');
    case 'referrals.UnmetNeedClosed':
      return withNeedStatus(state, event.data.unmetNeedId, 'closed');
    case 'referrals.SafetyPlanRecorded':
      return { ...state, safetyPlanIds: [...state.safetyPlanIds, event.data.safetyPlanId] };
    case 'referrals.RelocationDecided':
      return { ...state, relocationIds: [...state.relocationIds, event.data.relocationId] };
    case 'referrals.ReturneeErasureNoted':
      return { ...state, erasedAt: event.data.erasedAt };
    case 'referrals.ReferralOfficeChanged':
      return change(state, event.data.referralId, (r) => ({ ...r, office: event.data.office }));
    default:
      return exhaustive(event);
  }
}

const withReferral = (state: CaseReferrals, referral: Referral): CaseReferrals => ({ ...state, referrals: { ...state.referrals, [referral.referralId]: referral } });
function change(state: CaseReferrals, referralId: string, update: (r: Referral) => Referral): CaseReferrals {
  const referral = state.referrals[referralId];
  return referral ? withReferral(state, update(referral)) : state;
}
function withNeedStatus(state: CaseReferrals, unmetNeedId: string, status: UnmetNeed['status']): CaseReferrals {
  const need = state.unmetNeeds[unmetNeedId];
  return need ? { ...state, unmetNeeds: { ...state.unmetNeeds, [unmetNeedId]: { ...need, status } } } : state;
}

/** Declined and closed referrals are over; every other one is open, held ones too. */
export const isOpen = (r: Referral): boolean => r.status !== 'declined' && r.status !== 'closed';
