import { ForbiddenException } from '@nestjs/common';
import type { Role } from '@homeward/events';

/** Who is calling: from a verified JWT only. `countries` ['*'] is global scope. */
export interface Principal {
  userId: string;
  role: Role;
  countries: string[];
  /**
   * A service provider's user acts for its organisation: the provider id of the referrals directory,
   * which is also the recipient id consents name. Set for service providers only (the `org` claim).
   */
  organisationId?: string;
}

export const inScope = (principal: Principal, country: string): boolean =>
  principal.countries.includes('*') || principal.countries.includes(country);

/** A case touches every country it crosses; the caller needs at least one of them in scope. */
export function assertCountryScope(principal: Principal, ...countries: string[]): void {
  if (!countries.some((c) => inScope(principal, c))) {
    throw new ForbiddenException({ code: 'OUT_OF_COUNTRY_SCOPE', message: `Your country scope does not cover ${countries.join(', ')}` });
  }
}
