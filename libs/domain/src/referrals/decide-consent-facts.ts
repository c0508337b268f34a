import type { ReferralConsentNoted, ReferralsEvent } from '@homeward/contracts/referrals';
import { alreadyNoted, completeDecision, knownForm } from '../consent/noted-consent';
import type { NoteConsentForReferrals as NoteConsent } from './referral.commands';
import { isOpen, type CaseReferrals, type Referral } from './referrals.state';

/**
 * Referrals keeps intake's consent decisions on the case's referrals stream, so each sending is
 * decided on what the register said, from the stream alone. Consent can be withdrawn at any time,
 * and from then on nothing new is shared under it: every open referral under the form withdrawn
 * (sent under it, or to the provider it named) is put on hold in the same decision.
 */
export function noteConsent({ data, metadata }: NoteConsent, state: CaseReferrals): ReferralsEvent[] {
  if (alreadyNoted(state.consents, data)) return [];
  const noted: ReferralConsentNoted = { type: 'referrals.ConsentNoted', data: { ...completeDecision(data, knownForm(state.consents, data.consentId)), notedAt: metadata.now } };
  if (data.decision !== 'withdrawn') return [noted];
  const held = Object.values(state.referrals)
    .filter((r) => isOpen(r) && r.status !== 'on_hold' && underForm(r, data))
    .map((r): ReferralsEvent => ({
      type: 'referrals.ReferralPutOnHold',
      data: { caseId: data.caseId, referralId: r.referralId, providerId: r.providerId, consentId: data.consentId, reason: 'consent_withdrawn', heldAt: metadata.now },
    }));
  return [noted, ...held];
}

/**
 * Sent under this form, or (a form to referral) to the provider it names; one naming nobody stops
 * referral to everyone, as the register reads it.
 */
function underForm(referral: Referral, form: NoteConsent['data']): boolean {
  if (referral.consentId === form.consentId) return true;
  if (form.purpose !== 'referral') return false;
  return !form.recipient || form.recipient.recipientId === referral.providerId;
}
