import { IntakeError } from '@homeward/domain';
import type { ReadModelStore } from '@homeward/events';
import { inScope, type Principal } from '@homeward/platform';
import { CASE_FILE, type CaseFile } from './case-file.document';

/** Who holds a case: its office, and its case manager unless it waits for one. */
export interface CaseHolder {
  office: string;
  caseManagerId?: string;
}

/**
 * Sensitive fields are for the case's own case manager, a supervisor of the office that holds
 * it, and auditors. Another case manager of the same office is not the case's: they get the
 * file without them; so does everyone while a transferred case waits for a case manager,
 * except the office's supervisors. The case is its case manager's only where their scope reaches.
 */
export function maySeeSensitive(principal: Principal, holder: CaseHolder): boolean {
  switch (principal.role) {
    case 'auditor':
      return true;
    case 'case_manager':
      return holder.caseManagerId !== undefined && principal.userId === holder.caseManagerId && inScope(principal, holder.office);
    case 'supervisor':
      return inScope(principal, holder.office);
    default:
      return false;
  }
}

/**
 * The case file if the caller may read it. A case outside the caller's scope answers as an
 * unknown one (404): whether someone has a case in another country is itself personal data.
 * Roles are checked before, by @Roles.
 */
export async function readableCaseFile(readModels: ReadModelStore, principal: Principal, caseId: string): Promise<CaseFile> {
  const stored = await readModels.get<CaseFile>(CASE_FILE, caseId);
  // A file without an office is a registration whose CaseOpened is not projected yet.
  if (!stored?.case.office) throw caseNotFound(caseId);
  assertCaseInScope(principal, stored.case, caseId);
  const { _id, _position, ...file } = stored;
  return file;
}

/** A case touches both countries it crosses; the caller needs one of them in scope. */
export const caseInScope = (principal: Principal, countries: { hostCountry: string; countryOfOrigin: string }): boolean =>
  inScope(principal, countries.hostCountry) || inScope(principal, countries.countryOfOrigin);

/** Out of scope reads like unknown: the same 404, code and message. */
export function assertCaseInScope(principal: Principal, countries: { hostCountry: string; countryOfOrigin: string }, caseId: string): void {
  if (!caseInScope(principal, countries)) throw caseNotFound(caseId);
}

export const caseNotFound = (caseId: string) => new IntakeError('CASE_NOT_FOUND', `No case ${caseId}`);

export type CaseFileView = Omit<CaseFile, 'sensitive'> & { sensitive?: CaseFile['sensitive']; sensitiveWithheld: boolean };

/** The file as this caller may see it: with `sensitive`, or without it and saying so. */
export function asSeenBy(principal: Principal, file: CaseFile): CaseFileView {
  if (maySeeSensitive(principal, file.case)) return { ...file, sensitiveWithheld: false };
  const { sensitive, ...rest } = file;
  return { ...rest, sensitiveWithheld: true };
}

/** A read-model filter keeping documents whose `field` country is in the caller's scope. */
export const scopeFilter = (principal: Principal, field: string): Record<string, unknown> =>
  principal.countries.includes('*') ? {} : { [field]: principal.countries };
