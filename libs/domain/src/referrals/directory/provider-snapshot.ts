import type { Eligibility, ServiceType } from '@homeward/contracts/referrals';
import type { ProviderState } from './provider.state';

/**
 * A provider as the app looked it up when it issued a command about a case: the referrals decider
 * decides on it without reading the directory, so it stays pure.
 */
export interface ProviderSnapshot {
  providerId: string;
  status: 'active' | 'suspended';
  country: string;
  /** The codes of the areas it serves. */
  areas: string[];
  services: Array<{ serviceType: ServiceType; eligibility?: Eligibility }>;
}

/** The snapshot of a provider of the directory, from its stream's state; none for an unknown one. */
export function snapshotOf(state: ProviderState): ProviderSnapshot | undefined {
  if (state.status === 'none') return undefined;
  const { providerId, status, profile } = state;
  return {
    providerId,
    status,
    country: profile.country,
    areas: profile.areas.map((a) => a.code),
    services: profile.services.map(({ serviceType, eligibility }) => ({ serviceType, ...(eligibility ? { eligibility } : {}) })),
  };
}

export const offers = (provider: ProviderSnapshot, serviceType: ServiceType): boolean => provider.services.some((s) => s.serviceType === serviceType);
