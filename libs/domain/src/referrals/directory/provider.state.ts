import type { ProviderEvent, ProviderProfile } from '@homeward/contracts/referrals';
import { exhaustive } from '../../shared/exhaustive';

export interface Provider {
  status: 'active' | 'suspended';
  providerId: string;
  profile: ProviderProfile;
}

export type ProviderState = { status: 'none' } | Provider;

export const initialProviderState = (): ProviderState => ({ status: 'none' });

const profileOf = ({ name, country, areas, services, contact }: ProviderProfile): ProviderProfile => ({ name, country, areas, services, contact });

export function evolveProvider(state: ProviderState, event: ProviderEvent): ProviderState {
  switch (event.type) {
    case 'referrals.ProviderRegistered':
      return { status: 'active', providerId: event.data.providerId, profile: profileOf(event.data) };
    case 'referrals.ProviderUpdated':
      // An update changes what the provider offers, not whether it takes referrals.
      return { status: state.status === 'suspended' ? 'suspended' : 'active', providerId: event.data.providerId, profile: profileOf(event.data) };
    case 'referrals.ProviderSuspended':
      return state.status === 'none' ? state : { ...state, status: 'suspended' };
    case 'referrals.ProviderReactivated':
      return state.status === 'none' ? state : { ...state, status: 'active' };
    default:
      return exhaustive(event);
  }
}
