import type { ProviderEvent } from '@homeward/contracts/referrals';
import { ReferralsError } from '../referrals.errors';
import { checkProfile } from './provider-profile';
import type { ReactivateProvider, RegisterProvider, SuspendProvider, UpdateProvider } from './provider.commands';
import type { Provider, ProviderState } from './provider.state';
import { sameProfile } from './same-profile';

function existing(state: ProviderState, providerId: string): Provider {
  if (state.status === 'none') throw new ReferralsError('PROVIDER_NOT_FOUND', `No provider ${providerId} in the directory`);
  return state;
}

/** A provider joins the directory with what it offers, where and to whom; it takes referrals at once. */
export function registerProvider({ data, metadata }: RegisterProvider, state: ProviderState): ProviderEvent[] {
  if (state.status !== 'none') throw new ReferralsError('PROVIDER_ALREADY_REGISTERED', `Provider ${data.providerId} is already in the directory`, 'providerId');
  checkProfile(data.profile);
  return [{ type: 'referrals.ProviderRegistered', data: { providerId: data.providerId, ...data.profile, registeredAt: metadata.now } }];
}

/** The profile as it now is replaces the last one; the same again changes nothing. */
export function updateProvider({ data, metadata }: UpdateProvider, state: ProviderState): ProviderEvent[] {
  const provider = existing(state, data.providerId);
  checkProfile(data.profile);
  if (data.profile.country !== provider.profile.country) {
    throw new ReferralsError('PROVIDER_COUNTRY_FIXED', `Provider ${provider.providerId} is in ${provider.profile.country}`, 'country');
  }
  if (sameProfile(data.profile, provider.profile)) return [];
  return [{ type: 'referrals.ProviderUpdated', data: { providerId: provider.providerId, ...data.profile, updatedAt: metadata.now } }];
}

/** A suspended provider keeps its profile and the referrals it has, and takes no new ones. */
export function suspendProvider({ data, metadata }: SuspendProvider, state: ProviderState): ProviderEvent[] {
  const provider = existing(state, data.providerId);
  if (provider.status === 'suspended') throw new ReferralsError('PROVIDER_ALREADY_SUSPENDED');
  return [{ type: 'referrals.ProviderSuspended', data: { providerId: provider.providerId, reason: data.reason, ...(data.note ? { note: data.note } : {}), suspendedAt: metadata.now } }];
}

export function reactivateProvider({ data, metadata }: ReactivateProvider, state: ProviderState): ProviderEvent[] {
  const provider = existing(state, data.providerId);
  if (provider.status !== 'suspended') throw new ReferralsError('PROVIDER_NOT_SUSPENDED');
  return [{ type: 'referrals.ProviderReactivated', data: { providerId: provider.providerId, reactivatedAt: metadata.now } }];
}
