import { IntakeError } from './intake.errors';
import type { CaseEvent } from '@homeward/contracts/intake';
import { openCase, requireOwnCaseOrSupervisor } from './case.guards';
import type { AcceptCase, AssignCase, TransferCase } from './case.commands';
import type { CaseState, OpenCase } from './case.state';

/**
 * Handover from the host-country office to the office of the country of origin. The case
 * goes to the office, not to a person: it waits in that office's incoming list until a
 * supervisor there assigns it or a case manager there accepts it. Only the case's own case
 * manager or a supervisor (of the office holding it: the command handler checks the office)
 * hands a case over, so a colleague cannot take it by naming himself the receiver.
 */
export function transferCase({ data, metadata }: TransferCase, state: CaseState): CaseEvent[] {
  const open = openCase(state, data.caseId);
  requireOwnCaseOrSupervisor(open, metadata, 'Only the case manager of the case, or a supervisor of its office, transfers it');
  if (open.office === open.countryOfOrigin) throw new IntakeError('ALREADY_TRANSFERRED', `The case is already held by the ${open.office} office`);
  return [
    {
      type: 'intake.CaseTransferred',
      data: {
        caseId: open.caseId,
        fromCountry: open.office,
        toCountry: open.countryOfOrigin,
        ...(open.caseManagerId ? { fromCaseManagerId: open.caseManagerId } : {}),
        transferredAt: metadata.now,
        personal: { handoverNote: data.handoverNote },
      },
    },
  ];
}

/** Who manages a case inside an office is a supervisor's decision: a first assignment or a reassignment. */
export function assignCase({ data, metadata }: AssignCase, state: CaseState): CaseEvent[] {
  const open = openCase(state, data.caseId);
  if (metadata.role !== 'supervisor') throw new IntakeError('SUPERVISOR_ONLY', 'Only a supervisor of the office holding the case assigns it');
  if (open.caseManagerId === data.caseManagerId) {
    throw new IntakeError('CASE_ALREADY_ASSIGNED', 'The case is already assigned to this case manager', 'caseManagerId');
  }
  return [assigned(open, data.caseManagerId, 'assigned', metadata.now)];
}

/** A case manager of the receiving office takes on a case nobody holds yet; a held case is reassigned by a supervisor. */
export function acceptCase({ data, metadata }: AcceptCase, state: CaseState): CaseEvent[] {
  const open = openCase(state, data.caseId);
  if (metadata.role !== 'case_manager') throw new IntakeError('CASE_MANAGER_ONLY', 'Only a case manager accepts a case for themselves; a supervisor assigns it');
  if (open.caseManagerId) throw new IntakeError('CASE_ALREADY_ASSIGNED', 'The case already has a case manager; a supervisor reassigns it');
  return [assigned(open, metadata.userId, 'accepted', metadata.now)];
}

function assigned(open: OpenCase, caseManagerId: string, how: 'assigned' | 'accepted', at: string): CaseEvent {
  return {
    type: 'intake.CaseAssigned',
    data: {
      caseId: open.caseId,
      office: open.office,
      caseManagerId,
      ...(open.caseManagerId ? { previousCaseManagerId: open.caseManagerId } : {}),
      how,
      assignedAt: at,
    },
  };
}
