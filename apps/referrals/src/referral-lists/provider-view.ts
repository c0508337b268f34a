import type { ReferralField, ServiceType, SharedReferralData } from '@homeward/contracts/referrals';
import type { ReferralStatus } from '@homeward/domain';
import type { CaseReferralsDocument } from '../referral-detail/case-referrals.projection';
import type { ReferralListDocument } from './referral-list.projection';

/**
 * A referral as the provider it is addressed to reads it: the service, where it stands, and the values
 * that were sent to it, nothing else (no note, no source, nothing of the intake case file). While her
 * consent is withdrawn the values are withheld, and the reason said.
 */
export interface ProviderReferralView {
  caseId: string;
  referralId: string;
  serviceType: ServiceType;
  status: ReferralStatus;
  sentAt?: string;
  sharedFields: ReferralField[];
  shared?: SharedReferralData;
  withheld?: 'REFERRAL_CONSENT_WITHDRAWN';
}

export function providerViewOf(item: ReferralListDocument, personal: CaseReferralsDocument | undefined): ProviderReferralView {
  const { caseId, referralId, serviceType, status, sentAt, sharedFields = [] } = item;
  const view: ProviderReferralView = { caseId, referralId, serviceType, status, ...(sentAt ? { sentAt } : {}), sharedFields };
  if (status === 'on_hold') return { ...view, withheld: 'REFERRAL_CONSENT_WITHDRAWN' };
  const shared = personal?.referrals[referralId]?.shared;
  // Only the fields the event names, should the record ever hold more.
  return shared ? { ...view, shared: Object.fromEntries(sharedFields.filter((f) => shared[f] !== undefined).map((f) => [f, shared[f]])) as SharedReferralData } : view;
}
