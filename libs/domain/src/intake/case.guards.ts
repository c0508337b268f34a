import { mayReceive } from '../consent/consent-register';
import { IntakeError } from './intake.errors';
import type { CaseState, OpenCase } from './case.state';

export function openCase(state: CaseState, caseId: string): OpenCase {
  if (state.status === 'none') throw new IntakeError('CASE_NOT_FOUND', `No case ${caseId}`, 'caseId');
  return state;
}

/** Assessment and plan design are assistance: they need the returnee's consent to it. */
export function requireAssistanceConsent(state: OpenCase, today: string): void {
  const answer = mayReceive(state.consents, { purpose: 'assistance', on: today });
  if (answer.allowed) return;
  if (state.status === 'assistance_refused') throw new IntakeError('ASSISTANCE_REFUSED', 'The returnee refused or withdrew consent to assistance');
  throw new IntakeError('CONSENT_REQUIRED', 'The returnee has not given consent to assistance yet');
}

/**
 * The case's own case manager, or a supervisor: the office holding the case is the command
 * handler's check. Writes are limited to those two roles before a command is built.
 */
export function requireOwnCaseOrSupervisor(open: OpenCase, metadata: { userId: string; role?: string }, message: string): void {
  if (metadata.role === 'supervisor' || metadata.userId === open.caseManagerId) return;
  throw new IntakeError('NOT_OWN_CASE', message);
}
