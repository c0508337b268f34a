import type { CaseEvent } from '@homeward/contracts/intake';
import { openCase } from './case.guards';
import type { CaseCommand, EraseReturnee } from './case.commands';
import type { CaseState } from './case.state';
import { IntakeError } from './intake.errors';

const MAY_ERASE = ['supervisor', 'admin'];

/**
 * Erasure destroys the returnee's keys (the store does, as it appends this event): what was said
 * about them stays in the history, unreadable. A supervisor of the office holding the case, or an
 * admin, decides it; the event says when and on which ground, and nothing personal.
 */
export function eraseReturnee({ data, metadata }: EraseReturnee, state: CaseState): CaseEvent[] {
  const open = openCase(state, data.caseId);
  if (!MAY_ERASE.includes(metadata.role ?? '')) throw new IntakeError('ERASURE_NOT_ALLOWED');
  if (open.erasedAt) throw new IntakeError('ALREADY_ERASED', `The returnee of case ${open.caseId} was erased at ${open.erasedAt}`);
  return [{ type: 'intake.ReturneeErased', data: { caseId: open.caseId, returneeId: open.returneeId, erasedAt: metadata.now, reason: data.reason } }];
}

/** An erased returnee's case takes no new fact: most would be personal, and there is no key left to seal them under. */
export function refuseOnceErased(command: CaseCommand, state: CaseState): void {
  if (state.status === 'none' || !state.erasedAt || command.type === 'EraseReturnee' || command.type === 'RegisterReturnee') return;
  throw new IntakeError('RETURNEE_ERASED');
}
