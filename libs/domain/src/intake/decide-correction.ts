import { notInFuture } from '../shared/dates';
import { definedFields } from '../shared/defined-fields';
import { DomainError } from '../shared/domain-error';
import type { CaseEvent } from './case.events';
import { openCase } from './case.guards';
import type { CorrectIdentity } from './case.commands';
import type { CaseState } from './case.state';
import { flagChildWithoutAdult } from './unaccompanied-minor';

/**
 * History is never rewritten: a wrong registration detail is corrected by a new event
 * saying what it is now and why. A corrected date of birth that makes the returnee a
 * child without an adult in the case raises the flag at once.
 */
export function correctIdentity({ data, metadata }: CorrectIdentity, state: CaseState): CaseEvent[] {
  const open = openCase(state, data.caseId);
  const { firstName, lastName, dateOfBirth, sex, gender, nationality, reason } = data;
  if ([firstName, lastName, dateOfBirth, sex, gender, nationality].every((v) => v === undefined)) {
    throw new DomainError('NOTHING_TO_CORRECT', 'Say which detail is corrected');
  }
  if (dateOfBirth !== undefined) {
    notInFuture(dateOfBirth, metadata.now, 'dateOfBirth', 'The date of birth');
    if (dateOfBirth < '1900-01-01') throw new DomainError('OUT_OF_RANGE', 'The date of birth is before 1900', 'dateOfBirth');
  }
  const personal = { ...definedFields({ firstName, lastName, dateOfBirth, gender }), reason };
  return [
    { type: 'intake.IdentityCorrected', data: { caseId: open.caseId, correctedAt: metadata.now, ...definedFields({ sex, nationality }), personal } },
    ...flagChildWithoutAdult(
      { ...open, derivedIds: data.derivedIds },
      { dateOfBirth: open.dateOfBirth, members: open.familyMembers },
      { dateOfBirth: dateOfBirth ?? open.dateOfBirth, members: open.familyMembers },
      metadata.now,
    ),
  ];
}
