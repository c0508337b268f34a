import { SENSITIVE_SERVICES } from '@homeward/contracts/intake';
import { HEALTH_SERVICE_TYPES, type ReferralField, type SharedReferralData } from '@homeward/contracts/referrals';
import { mayReceive, type ConsentAnswer } from '../consent/consent-register';
import type { NotedConsent } from '../consent/noted-consent';
import { categoryOf, MINIMUM_DATA_SETS } from './minimum-data-sets';
import type { Referral } from './referrals.state';

/** What may leave for the referral's provider today: the fields and their values, and the consent they leave under. */
export type Sharing =
  | { allowed: true; consentId: string; fields: ReferralField[]; values: SharedReferralData }
  | { allowed: false; answer: Exclude<ConsentAnswer, { allowed: true }> };

/**
 * The consent gate: the register's one answer for this provider, purpose referral, today; then, of the
 * service type's minimum data set, each field the app knows whose category the consent covers. No more.
 */
export function sharingUnderConsent(referral: Referral, consents: NotedConsent[], today: string, returnee: SharedReferralData): Sharing {
  const question = { purpose: 'referral' as const, recipientId: referral.providerId, on: today };
  const answer = mayReceive(consents, question);
  if (!answer.allowed) return { allowed: false, answer };
  const fields = knownFields(referral, returnee).filter((f) => mayReceive(consents, { ...question, dataCategory: categoryOf(f, referral.serviceType) }).allowed);
  return { allowed: true, consentId: answer.consentId, fields, values: valuesOf(returnee, fields) };
}

/** Under the emergency exception the whole minimum data set leaves (what the app knows of it), and still no more. */
export function sharingInEmergency(referral: Referral, returnee: SharedReferralData): { fields: ReferralField[]; values: SharedReferralData } {
  const fields = knownFields(referral, returnee);
  return { fields, values: valuesOf(returnee, fields) };
}

const knownFields = (referral: Referral, returnee: SharedReferralData): ReferralField[] =>
  MINIMUM_DATA_SETS[referral.serviceType].filter((f) => returnee[f] !== undefined && returnee[f] !== '');

const valuesOf = (returnee: SharedReferralData, fields: ReferralField[]): SharedReferralData =>
  Object.fromEntries(fields.map((f) => [f, returnee[f]])) as SharedReferralData;

/**
 * Whether what a referral shares is of a sensitive category: a health service, or an urgent need intake
 * itself keeps sensitive (health, protection). Its values are then sealed under the person's protection key, referrals' own sensitive class.
 */
export const sharesSensitiveData = (referral: Referral): boolean =>
  HEALTH_SERVICE_TYPES.includes(referral.serviceType) || (referral.source.kind === 'urgent_need' && SENSITIVE_SERVICES.includes(referral.source.serviceNeeded));
