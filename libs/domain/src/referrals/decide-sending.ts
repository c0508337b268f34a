import { registerDayNow } from '../consent/noted-consent';
import type { ReferralSent, ReferralsEvent } from '@homeward/contracts/referrals';
import type { CommandMetadata } from '../shared/command-metadata';
import { addHours } from './hours';
import type { SendReferral } from './referral.commands';
import { existingReferral, requireTakes } from './referral.guards';
import { ReferralsError } from './referrals.errors';
import type { CaseReferrals, Referral } from './referrals.state';
import { sharesSensitiveData, sharingUnderConsent } from './sharing';

/**
 * A referral is sent only if the returnee's consent lets this provider receive it, for referral, today,
 * and only the service type's minimum data set within the consent's categories leaves; the event
 * records which fields and which consent. Refused, nothing is appended and the referral waits as it was.
 * A held one is sent again this way, under the new consent.
 */
export function sendReferral({ data, metadata }: SendReferral, state: CaseReferrals): ReferralsEvent[] {
  const referral = existingReferral(state, data.referralId);
  if (referral.status === 'declined' || referral.status === 'closed') throw new ReferralsError('REFERRAL_ENDED', `Referral ${referral.referralId} is ${referral.status}`);
  if (referral.status !== 'requested' && referral.status !== 'on_hold') throw new ReferralsError('REFERRAL_ALREADY_SENT', `Referral ${referral.referralId} is ${referral.status}`);
  if (data.provider.providerId !== referral.providerId) throw new ReferralsError('PROVIDER_MISMATCH', `Referral ${referral.referralId} is to ${referral.providerId}`, 'providerId');
  requireTakes(data.provider, referral.serviceType);
  const sharing = sharingUnderConsent(referral, state.consents, registerDayNow(state.consents, metadata.today, metadata.now), data.returnee);
  if (!sharing.allowed) {
    throw new ReferralsError('REFERRAL_CONSENT_MISSING', `The register answers ${sharing.answer.reason} for provider ${referral.providerId}`, undefined, { ...sharing.answer });
  }
  if (!sharing.fields.length) throw new ReferralsError('NOTHING_TO_SHARE', `Consent ${sharing.consentId} covers none of what ${referral.serviceType} needs`);
  return [sent(referral, data.caseId, metadata, { fields: sharing.fields, values: sharing.values }, { consentId: sharing.consentId })];
}

/** The sending as recorded: field names outside, values under personal; an urgent one's deadline runs from now. */
export function sent(
  referral: Referral,
  caseId: string,
  metadata: CommandMetadata,
  shared: { fields: ReferralSent['data']['sharedFields']; values: ReferralSent['data']['personal'] },
  reliedOn: { consentId: string } | { emergencyException: true },
): ReferralSent {
  return {
    type: 'referrals.ReferralSent',
    data: {
      caseId,
      referralId: referral.referralId,
      providerId: referral.providerId,
      serviceType: referral.serviceType,
      sharedFields: shared.fields,
      ...('consentId' in reliedOn ? { consentId: reliedOn.consentId } : { underEmergencyException: true as const }),
      ...(referral.acknowledgeWithinHours ? { acknowledgeBy: addHours(metadata.now, referral.acknowledgeWithinHours) } : {}),
      ...(sharesSensitiveData(referral) ? { sensitive: true as const } : {}),
      sentAt: metadata.now,
      personal: shared.values,
    },
  };
}
