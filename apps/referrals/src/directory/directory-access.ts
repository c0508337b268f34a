import { ForbiddenException } from '@nestjs/common';
import { assertCountryScope, type Principal } from '@homeward/platform';

/**
 * Who keeps the directory: a supervisor of the provider's country (the office that maps its services)
 * and admins. Case managers refer to providers, they do not list them.
 */
export const DIRECTORY_KEEPERS = ['supervisor', 'admin'] as const;

/**
 * Who reads it: the staff of a country, who refer returnees and audit referrals; M&E officers and data
 * analysts too, since a profile is organisational data with nothing personal in it (which services exist
 * where is what unmet-needs advocacy is about). A service provider's user reads its own entry only.
 */
export const DIRECTORY_READERS = ['case_manager', 'supervisor', 'me_officer', 'auditor', 'data_analyst', 'admin', 'service_provider'] as const;

/** A service provider's user acts for its organisation: the entry of another is not for it. */
export function assertMayRead(principal: Principal, providerId: string, country: string): void {
  if (principal.role === 'service_provider') {
    if (principal.organisationId !== providerId) {
      throw new ForbiddenException({ code: 'ROLE_NOT_ALLOWED', message: "A service provider's user reads its own organisation's entry only" });
    }
    return;
  }
  assertCountryScope(principal, country);
}
