import type { Principal } from '@homeward/platform';

/**
 * The countries a list reads: the one asked (the controller has checked it is in the caller's scope),
 * else the caller's own; none named for a caller of every country, who reads them all.
 */
export function countriesRead(principal: Principal, country?: string): string[] | undefined {
  if (country) return [country];
  return principal.countries.includes('*') ? undefined : principal.countries;
}

/** A read-model filter on the plan's country, empty when every country is read. */
export const byCountry = (countries: string[] | undefined): { country?: string[] } => (countries ? { country: countries } : {});

/** The roles that read plans: the people who help the returnee, and auditors. Service providers and data analysts read none. */
export const PLAN_READERS = ['case_manager', 'supervisor', 'auditor'] as const;
