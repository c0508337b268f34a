import { definedFields } from '../shared/defined-fields';
import { IntakeError } from './intake.errors';
import type { CaseEvent } from '@homeward/contracts/intake';
import { openCase } from './case.guards';
import type { CorrectIdentity } from './case.commands';
import type { CaseState } from './case.state';
import { plausibleBirth, plausibleRelative } from './plausibility';
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
    throw new IntakeError('NOTHING_TO_CORRECT', 'Say which detail is corrected');
  }
  if (dateOfBirth !== undefined) {
    plausibleBirth(dateOfBirth, metadata.today, 'dateOfBirth');
    open.familyMembers.forEach((m) => plausibleRelative(m, dateOfBirth, metadata.today, 'dateOfBirth'));
  }
  // As at registration: a correction that makes this record read like another one is a likely duplicate.
  const duplicates = data.likelyDuplicates ?? [];
  if (duplicates.length && !data.duplicateOverride) {
    throw new IntakeError('LIKELY_DUPLICATE', 'After this correction the returnee would have the same name, date of birth and nationality as another record', 'duplicateOverride', {
      existingCaseIds: duplicates,
    });
  }
  const override = duplicates.length ? { duplicateOverrideReason: data.duplicateOverride!.reason, duplicateOfCaseIds: duplicates } : {};
  const personal = { ...definedFields({ firstName, lastName, dateOfBirth, gender }), reason, ...override };
  return [
    {
      type: 'intake.IdentityCorrected',
      data: {
        caseId: open.caseId,
        correctedAt: metadata.now,
        ...definedFields({ sex, nationality }),
        ...(duplicates.length ? { duplicateOverride: { duplicates: duplicates.length } } : {}),
        personal,
      },
    },
    ...flagChildWithoutAdult(
      { ...open, derivedIds: data.derivedIds },
      { dateOfBirth: open.dateOfBirth, members: open.familyMembers },
      { dateOfBirth: dateOfBirth ?? open.dateOfBirth, members: open.familyMembers },
      metadata,
    ),
  ];
}
