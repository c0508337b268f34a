import { ForbiddenException, NotFoundException } from '@nestjs/common';
import type { ReadModelStore } from '@homeward/events';
import { inScope, type Principal } from '@homeward/platform';
import { CASE_FILE, type CaseFile } from './case-file.document';

/**
 * Sensitive fields (issue 4, item 7) are for the case's own case manager, a supervisor of
 * the office that holds it, and auditors. Another case manager of the same office is not
 * the case's: they get the file without them. Nor is a sending case manager who named
 * themselves the receiver of a transfer: the case is theirs only where their scope reaches.
 */
export function maySeeSensitive(principal: Principal, file: Pick<CaseFile, 'case'>): boolean {
  switch (principal.role) {
    case 'auditor':
      return true;
    case 'case_manager':
      return principal.userId === file.case.caseManagerId && inScope(principal, file.case.office);
    case 'supervisor':
      return inScope(principal, file.case.office);
    default:
      return false;
  }
}

/**
 * The case file if the caller may read it: 404 for an unknown case, 403 when their scope
 * covers neither the host country nor the country of origin. Roles are checked before, by @Roles.
 */
export async function readableCaseFile(readModels: ReadModelStore, principal: Principal, caseId: string): Promise<CaseFile> {
  const stored = await readModels.get<CaseFile>(CASE_FILE, caseId);
  // A file without an office is a registration whose CaseOpened is not projected yet.
  if (!stored?.case.office) throw new NotFoundException({ code: 'CASE_NOT_FOUND', message: `No case ${caseId}` });
  assertCaseInScope(principal, stored.case);
  const { _id, _position, ...file } = stored;
  return file;
}

/**
 * A case touches both countries it crosses; the caller needs one of them in scope. The 403
 * does not name them (as assertCountryScope would): a caller out of scope learns nothing of the case.
 */
export const caseInScope = (principal: Principal, countries: { hostCountry: string; countryOfOrigin: string }): boolean =>
  inScope(principal, countries.hostCountry) || inScope(principal, countries.countryOfOrigin);

export function assertCaseInScope(principal: Principal, countries: { hostCountry: string; countryOfOrigin: string }): void {
  if (caseInScope(principal, countries)) return;
  throw new ForbiddenException({ code: 'OUT_OF_COUNTRY_SCOPE', message: 'This case is outside your country scope' });
}

export type CaseFileView = Omit<CaseFile, 'sensitive'> & { sensitive?: CaseFile['sensitive']; sensitiveWithheld: boolean };

/** The file as this caller may see it: with `sensitive`, or without it and saying so. */
export function asSeenBy(principal: Principal, file: CaseFile): CaseFileView {
  if (maySeeSensitive(principal, file)) return { ...file, sensitiveWithheld: false };
  const { sensitive, ...rest } = file;
  return { ...rest, sensitiveWithheld: true };
}

/** A read-model filter keeping documents whose `field` country is in the caller's scope. */
export const scopeFilter = (principal: Principal, field: string): Record<string, unknown> =>
  principal.countries.includes('*') ? {} : { [field]: principal.countries };
