import type { ServiceNeeded } from '@homeward/contracts/intake';
import type { Eligibility, ServiceType, SharedReferralData } from '@homeward/contracts/referrals';
import type { ProviderSnapshot } from './directory/provider-snapshot';

/**
 * The services that answer each kind of urgent need intake raises, the most fitting first: emergency
 * care before a clinic, a shelter before other protection.
 */
export const URGENT_SERVICE_TYPES: Readonly<Record<ServiceNeeded, readonly ServiceType[]>> = {
  medical: ['emergency_health', 'medical_health'],
  mental_health: ['mental_health', 'psychosocial'],
  protection: ['shelter', 'security', 'legal_aid'],
  child_protection: ['shelter', 'security'],
};

/** How long an emergency provider has to acknowledge an urgent referral, unless the programme sets another time. */
export const DEFAULT_ACKNOWLEDGE_WITHIN_HOURS = 24;

/** Whether a service takes this person, as far as what is known of them says; what is unknown excludes no one. */
export function eligible(eligibility: Eligibility | undefined, returnee: SharedReferralData): boolean {
  if (!eligibility) return true;
  const { minAge, maxAge, sexes } = eligibility;
  const age = returnee.ageYears;
  if (age !== undefined && ((minAge !== undefined && age < minAge) || (maxAge !== undefined && age > maxAge))) return false;
  return !(returnee.sex && sexes?.length && !sexes.includes(returnee.sex));
}

/**
 * The provider an urgent need goes to: for each fitting service type in turn, the first candidate (in
 * the order the app listed them) that is active, serves the case's area (any area when it is unknown)
 * and takes this person for that service.
 */
export function firstMatch(
  serviceNeeded: ServiceNeeded,
  candidates: ProviderSnapshot[],
  area: string | undefined,
  returnee: SharedReferralData,
): { provider: ProviderSnapshot; serviceType: ServiceType } | undefined {
  for (const serviceType of URGENT_SERVICE_TYPES[serviceNeeded]) {
    const provider = candidates.find(
      (c) => c.status === 'active' && (!area || c.areas.includes(area)) && c.services.some((s) => s.serviceType === serviceType && eligible(s.eligibility, returnee)),
    );
    if (provider) return { provider, serviceType };
  }
  return undefined;
}
