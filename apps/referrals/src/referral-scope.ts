import type { Principal } from '@homeward/platform';

/**
 * The countries a list reads: the one asked (the controller has checked it is in the caller's scope),
 * else the caller's own; none named for a caller of every country, who reads them all.
 */
export function countriesRead(principal: Principal, country?: string): string[] | undefined {
  if (country) return [country];
  return principal.countries.includes('*') ? undefined : principal.countries;
}
