import type { ServiceType } from '@homeward/contracts/referrals';
import { offers, type ProviderSnapshot } from './directory/provider-snapshot';
import { ReferralsError } from './referrals.errors';
import type { CaseReferrals, Referral } from './referrals.state';

export function existingReferral(state: CaseReferrals, referralId: string): Referral {
  const referral = state.referrals[referralId];
  if (!referral) throw new ReferralsError('REFERRAL_NOT_FOUND', `No referral ${referralId} in this case`, 'referralId');
  return referral;
}

/** A referral still under way: neither declined nor closed, nor held for want of consent. */
export function liveReferral(state: CaseReferrals, referralId: string): Referral {
  const referral = existingReferral(state, referralId);
  if (referral.status === 'declined' || referral.status === 'closed') throw new ReferralsError('REFERRAL_ENDED', `Referral ${referralId} is ${referral.status}`);
  if (referral.status === 'on_hold') throw new ReferralsError('REFERRAL_ON_HOLD', `Referral ${referralId} is on hold`);
  return referral;
}

/** Only an active provider that offers the service takes a referral for it. */
export function requireTakes(provider: ProviderSnapshot, serviceType: ServiceType): void {
  if (provider.status !== 'active') throw new ReferralsError('PROVIDER_SUSPENDED', `Provider ${provider.providerId} is suspended`, 'providerId');
  if (!offers(provider, serviceType)) throw new ReferralsError('SERVICE_NOT_OFFERED', `Provider ${provider.providerId} offers no ${serviceType}`, 'serviceType');
}
