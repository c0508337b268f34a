import { monthsOn, notInFuture } from '../shared/dates';
import { IntakeError } from './intake.errors';
import { type CaseEvent, MAX_FAMILY_MEMBERS } from '@homeward/contracts/intake';
import { openCase } from './case.guards';
import type { ChangeContactDetails, RecordArrival, RecordReturnCircumstances, RegisterReturnee } from './case.commands';
import type { CaseState } from './case.state';
import { PLANNED_RETURN_YEARS, plausibleBirth, plausibleRelative, withinYears } from './plausibility';
import { flagChildWithoutAdult } from './unaccompanied-minor';

/** Registration opens the case: one returnee, one case, with the case manager who registered them. */
export function registerReturnee({ data, metadata }: RegisterReturnee, state: CaseState): CaseEvent[] {
  if (state.status !== 'none') throw new IntakeError('CASE_ALREADY_OPEN', `Case ${data.caseId} is already open`, 'caseId');
  plausibleBirth(data.dateOfBirth, metadata.today, 'dateOfBirth');
  const members = data.familyMembers ?? [];
  if (members.length > MAX_FAMILY_MEMBERS) throw new IntakeError('TOO_MANY_FAMILY_MEMBERS', `A case holds at most ${MAX_FAMILY_MEMBERS} family members`, 'familyMembers');
  members.forEach((m, i) => {
    plausibleBirth(m.dateOfBirth, metadata.today, `familyMembers.${i}.dateOfBirth`, 'A date of birth');
    plausibleRelative(m, data.dateOfBirth, metadata.today, `familyMembers.${i}.dateOfBirth`);
  });
  // A return goes from one country to another: the same country twice is a typing error.
  if (data.countryOfOrigin === data.hostCountry) throw new IntakeError('OUT_OF_RANGE', 'The country of origin is the host country', 'countryOfOrigin');
  withinYears(data.plannedReturnDate, metadata.today, PLANNED_RETURN_YEARS, 'plannedReturnDate', 'The planned return');
  if (data.office !== data.hostCountry && data.office !== data.countryOfOrigin) {
    throw new IntakeError('OUT_OF_RANGE', 'The registering office must be in the host country or the country of origin', 'office');
  }
  const duplicates = data.likelyDuplicates ?? [];
  if (duplicates.length && !data.duplicateOverride) {
    throw new IntakeError('LIKELY_DUPLICATE', 'A returnee with the same name, date of birth and nationality is already registered', 'duplicateOverride', {
      existingCaseIds: duplicates,
    });
  }
  const { caseId, returneeId } = data;
  const personal = {
    firstName: data.firstName,
    lastName: data.lastName,
    dateOfBirth: data.dateOfBirth,
    ...optional({ gender: data.gender, phone: data.phone, email: data.email, address: data.address }),
    ...(data.familyMembers?.length ? { familyMembers: data.familyMembers } : {}),
    ...(duplicates.length ? { duplicateOverrideReason: data.duplicateOverride!.reason, duplicateOfCaseIds: duplicates } : {}),
  };
  return [
    {
      type: 'intake.ReturneeRegistered',
      data: {
        caseId,
        returneeId,
        sex: data.sex,
        nationality: data.nationality,
        languages: data.languages,
        ...(data.interpreterNeeded !== undefined ? { interpreterNeeded: data.interpreterNeeded } : {}),
        ...(duplicates.length ? { duplicateOverride: { duplicates: duplicates.length } } : {}),
        personal,
      },
    },
    {
      type: 'intake.CaseOpened',
      data: {
        caseId,
        returneeId,
        hostCountry: data.hostCountry,
        countryOfOrigin: data.countryOfOrigin,
        plannedReturnDate: data.plannedReturnDate,
        caseManagerId: metadata.userId,
        openedAt: metadata.now,
        openedOn: metadata.today,
        office: data.office,
      },
    },
    ...flagChildWithoutAdult(data, null, { dateOfBirth: data.dateOfBirth, members: data.familyMembers ?? [] }, metadata),
  ];
}

export function recordArrival({ data, metadata }: RecordArrival, state: CaseState): CaseEvent[] {
  const open = openCase(state, data.caseId);
  if (open.arrivalDate) throw new IntakeError('ALREADY_ARRIVED', `Arrival was already recorded on ${open.arrivalDate}`, 'arrivalDate');
  notInFuture(data.arrivalDate, metadata.today, 'arrivalDate', 'The arrival date');
  if (data.arrivalDate < open.dateOfBirth) throw new IntakeError('OUT_OF_RANGE', 'Arrival cannot precede the date of birth', 'arrivalDate');
  // The origin office may first meet someone days or months after they came back: the arrival is what it was.
  const metOnArrival = open.registeredBy === open.countryOfOrigin;
  if (!metOnArrival && data.arrivalDate < open.openedOn) throw new IntakeError('BEFORE_REGISTRATION', `Arrival cannot precede registration on ${open.openedOn}`, 'arrivalDate');
  return [{ type: 'intake.ReturneeArrived', data: { caseId: open.caseId, returneeId: open.returneeId, countryOfOrigin: open.countryOfOrigin, arrivalDate: data.arrivalDate } }];
}

/** The whole set of contact details as the returnee gives them now; what is left out is no longer valid. */
export function changeContactDetails({ data, metadata }: ChangeContactDetails, state: CaseState): CaseEvent[] {
  const open = openCase(state, data.caseId);
  const { phone, email, address } = data;
  if (!phone && !email && !address) throw new IntakeError('NOTHING_TO_CORRECT', 'Give at least one contact detail');
  return [{ type: 'intake.ContactDetailsChanged', data: { caseId: open.caseId, changedAt: metadata.now, personal: optional({ phone, email, address }) } }];
}

export function recordReturnCircumstances({ data, metadata }: RecordReturnCircumstances, state: CaseState): CaseEvent[] {
  const open = openCase(state, data.caseId);
  if (!data.detained && data.detentionDays) throw new IntakeError('OUT_OF_RANGE', 'Detention days given for a returnee who was not detained', 'detentionDays');
  if (data.timeAbroadMonths > monthsOn(open.dateOfBirth, metadata.today)) {
    throw new IntakeError('OUT_OF_RANGE', 'The time abroad is longer than the returnee has lived', 'timeAbroadMonths');
  }
  // Detention happened abroad: at most the days in the months abroad, counting a month as 31 days and the month under way.
  const daysAbroad = (data.timeAbroadMonths + 1) * 31;
  if (data.detentionDays !== undefined && data.detentionDays > daysAbroad) {
    throw new IntakeError('OUT_OF_RANGE', `Detention of ${data.detentionDays} days is longer than ${data.timeAbroadMonths} months abroad`, 'detentionDays');
  }
  const { timeAbroadMonths, returnType, detained, detentionDays, preparedness, documentsHeld, notes } = data;
  return [
    {
      type: 'intake.ReturnCircumstancesRecorded',
      data: {
        caseId: open.caseId,
        timeAbroadMonths,
        returnType,
        detained,
        ...(detentionDays !== undefined ? { detentionDays } : {}),
        preparedness,
        documentsHeld,
        ...(notes ? { personal: { notes } } : {}),
      },
    },
  ];
}

function optional<T extends Record<string, string | undefined>>(fields: T): Partial<T> {
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined && v !== '')) as Partial<T>;
}
