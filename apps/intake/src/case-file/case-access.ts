import { ForbiddenException, NotFoundException } from '@nestjs/common';
import { mayReceive } from '@homeward/domain';
import type { ReadModelStore } from '@homeward/events';
import { assertCountryScope, inScope, type Principal } from '@homeward/platform';
import { CASE_FILE, type CaseFile } from './case-file.document';

/**
 * Sensitive fields (issue 4, item 7) are for the case's own case manager, a supervisor of
 * the office that holds it, and auditors. Another case manager of the same office is not
 * the case's: they get the file without them.
 */
export function maySeeSensitive(principal: Principal, file: Pick<CaseFile, 'case'>): boolean {
  switch (principal.role) {
    case 'auditor':
      return true;
    case 'case_manager':
      return principal.userId === file.case.caseManagerId;
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
  assertCountryScope(principal, stored.case.hostCountry, stored.case.countryOfOrigin);
  const { _id, _position, ...file } = stored;
  assertMeUseConsented(principal, file);
  return file;
}

/**
 * M&E officers are not the returnee's helpers: they read a case file only if the returnee
 * consented to the use of their data for monitoring and evaluation, and only while that stands.
 */
export function assertMeUseConsented(principal: Principal, file: Pick<CaseFile, 'consents'>, today = new Date().toISOString().slice(0, 10)): void {
  if (principal.role !== 'me_officer') return;
  const answer = mayReceive(file.consents, { purpose: 'me_use', on: today });
  if (!answer.allowed) {
    throw new ForbiddenException({ code: 'ME_USE_NOT_CONSENTED', message: `The returnee has not consented to M&E use of their data (${answer.reason})` });
  }
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
