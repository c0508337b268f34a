import type { Role } from '@homeward/events';
import { badRequest } from '../http/validation';

/** Why someone reads a case: a closed vocabulary, so an auditor can count and filter by it. */
export const ACCESS_PURPOSES = ['case_management', 'supervision', 'audit', 'referral', 'monitoring', 'emergency', 'administration'] as const;
export type AccessPurpose = (typeof ACCESS_PURPOSES)[number];

/** The header a caller states its purpose in (HTTP header names are case-insensitive; Node gives them lower-cased). */
export const PURPOSE_HEADER = 'Homeward-Purpose';

/** What a read is for when the caller does not say: what the role is there to do. */
const PURPOSE_OF_ROLE: Record<Role, AccessPurpose> = {
  case_manager: 'case_management',
  supervisor: 'supervision',
  service_provider: 'referral',
  me_officer: 'monitoring',
  auditor: 'audit',
  data_analyst: 'monitoring',
  admin: 'administration',
};

/** The purpose stated in the header, or the role's; anything outside the vocabulary is a 400 naming the header. */
export function purposeOf(header: string | string[] | undefined, role: Role): AccessPurpose {
  if (header === undefined) return PURPOSE_OF_ROLE[role];
  const stated = (Array.isArray(header) ? header.join(',') : header).trim();
  if ((ACCESS_PURPOSES as readonly string[]).includes(stated)) return stated as AccessPurpose;
  const list = ACCESS_PURPOSES.join(', ');
  throw badRequest([{ field: PURPOSE_HEADER, message: `must be one of ${list}`, fr: `doit être l'un de ${list}` }]);
}
