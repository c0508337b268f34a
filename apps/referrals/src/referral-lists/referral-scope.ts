import type { Principal } from '@homeward/platform';

/** The roles that read a case's referrals: its staff, and auditors. Providers read their inbox; data analysts nothing personal. */
export const REFERRAL_READERS = ['case_manager', 'supervisor', 'auditor'] as const;

/**
 * The offices a list reads: the country asked (the controller checked it is the caller's), else the
 * caller's own; a filter on none for a caller of every country.
 */
export function officesRead(principal: Principal, country?: string): { office?: string[] } {
  if (country) return { office: [country] };
  return principal.countries.includes('*') ? {} : { office: principal.countries };
}
