import { DomainError } from '../shared/domain-error';
import { exhaustive } from '../shared/exhaustive';
import type { CaseCommand, RegisterReturnee } from './case.commands';
import type { CaseEvent } from './case.events';
import type { CaseState } from './case.state';

export function decideCase(command: CaseCommand, state: CaseState): CaseEvent[] {
  switch (command.type) {
    case 'RegisterReturnee':
      return registerReturnee(command, state);
    default:
      return exhaustive(command.type);
  }
}

/** Registration opens the case: one returnee, one case, with the case manager who registered them. */
function registerReturnee({ data, metadata }: RegisterReturnee, state: CaseState): CaseEvent[] {
  if (state.status !== 'none') throw new DomainError('CASE_ALREADY_OPEN', `Case ${data.caseId} is already open`, 'caseId');
  const today = metadata.now.slice(0, 10);
  if (data.dateOfBirth > today) throw new DomainError('FACT_IN_FUTURE', 'The date of birth cannot be in the future', 'dateOfBirth');
  if (data.dateOfBirth < '1900-01-01') throw new DomainError('OUT_OF_RANGE', 'The date of birth is before 1900', 'dateOfBirth');
  return [
    {
      type: 'intake.ReturneeRegistered',
      data: {
        caseId: data.caseId,
        returneeId: data.returneeId,
        sex: data.sex,
        nationality: data.nationality,
        languages: data.languages,
        personal: {
          firstName: data.firstName,
          lastName: data.lastName,
          dateOfBirth: data.dateOfBirth,
          ...(data.phone ? { phone: data.phone } : {}),
        },
      },
    },
    {
      type: 'intake.CaseOpened',
      data: {
        caseId: data.caseId,
        returneeId: data.returneeId,
        hostCountry: data.hostCountry,
        countryOfOrigin: data.countryOfOrigin,
        plannedReturnDate: data.plannedReturnDate,
        caseManagerId: metadata.userId,
        openedAt: metadata.now,
      },
    },
  ];
}
