import { DOCUMENTS, MAX_FAMILY_MEMBERS, PREPAREDNESS, RELATIONSHIPS, RETURN_TYPES, SEXES } from './vocabulary';
import type { EventDefinition } from '@homeward/events/catalogue';
import { closed, count, countryCode, enumOf, id, isoDate, isoDateTime, label, languageCode, listOf, setOf, text } from '@homeward/events/catalogue';

/** A family member as intake records one: all of it personal. */
export const familyMember = closed(
  {
    memberId: id,
    relationship: enumOf(RELATIONSHIPS),
    firstName: text(100),
    lastName: text(100),
    dateOfBirth: isoDate,
    sex: enumOf(SEXES),
  },
  ['memberId', 'relationship', 'firstName', 'lastName', 'dateOfBirth', 'sex'],
);

/** Registration, arrival, transfer and return circumstances. `personal` is never required: topics carry events without it. */
export const intakeRegistrationEvents: EventDefinition[] = [
  {
    type: 'intake.ReturneeRegistered',
    context: 'intake',
    description:
      'A case manager registered a returnee (sex, nationality, languages, interpreter need, any duplicate override); names, date of birth, gender, contact, family members and the override reason are personal.',
    versions: {
      // v1 grew additively (interpreterNeeded, duplicateOverride, personal contact and family): every event published before still validates.
      1: closed(
        {
          caseId: id,
          returneeId: id,
          sex: enumOf(SEXES),
          nationality: countryCode,
          languages: listOf(languageCode, 10),
          interpreterNeeded: { type: 'boolean' },
          duplicateOverride: closed({ duplicates: { type: 'integer', minimum: 1, maximum: 20 } }, ['duplicates']),
          personal: closed(
            {
              firstName: text(100),
              lastName: text(100),
              dateOfBirth: isoDate,
              gender: label(50),
              phone: text(32),
              email: label(200),
              address: label(300),
              familyMembers: listOf(familyMember, MAX_FAMILY_MEMBERS),
              duplicateOverrideReason: label(500),
              duplicateOfCaseIds: { ...listOf(id, 20), minItems: 1 },
            },
            ['firstName', 'lastName', 'dateOfBirth'],
          ),
        },
        ['caseId', 'returneeId', 'sex', 'nationality', 'languages'],
      ),
    },
  },
  {
    type: 'intake.CaseOpened',
    context: 'intake',
    description:
      'A reintegration case was opened for a registered returnee, held by the office that registered it (`office`: the host country before departure, the country of origin for someone first met on arrival; absent in early events, meaning the host country), on `openedOn`, the day in that office\'s time zone (absent in early events, meaning the UTC day of `openedAt`); it carries no personal data.',
    versions: {
      // v1 grew additively (office, openedOn): every event published before still validates.
      1: closed(
        {
          caseId: id,
          returneeId: id,
          hostCountry: countryCode,
          countryOfOrigin: countryCode,
          plannedReturnDate: isoDate,
          caseManagerId: id,
          openedAt: isoDateTime,
          openedOn: isoDate,
          office: countryCode,
        },
        ['caseId', 'returneeId', 'hostCountry', 'countryOfOrigin', 'plannedReturnDate', 'caseManagerId', 'openedAt'],
      ),
    },
  },
  {
    type: 'intake.ReturneeArrived',
    context: 'intake',
    description: 'The returnee arrived in the country of origin on the stated day; it carries no personal data.',
    versions: {
      1: closed({ caseId: id, returneeId: id, countryOfOrigin: countryCode, arrivalDate: isoDate }, ['caseId', 'returneeId', 'countryOfOrigin', 'arrivalDate']),
    },
  },
  {
    type: 'intake.CaseTransferred',
    context: 'intake',
    description:
      'The case moved from the host-country office to the office of the country of origin, where it waits for a case manager (see intake.CaseAssigned); the handover note is personal. v1 named the receiving case manager; v2 hands the case to the office.',
    versions: {
      1: closed(
        {
          caseId: id,
          fromCountry: countryCode,
          toCountry: countryCode,
          fromCaseManagerId: id,
          toCaseManagerId: id,
          transferredAt: isoDateTime,
          personal: closed({ handoverNote: text(4000) }, ['handoverNote']),
        },
        ['caseId', 'fromCountry', 'toCountry', 'fromCaseManagerId', 'toCaseManagerId', 'transferredAt'],
      ),
      2: closed(
        {
          caseId: id,
          fromCountry: countryCode,
          toCountry: countryCode,
          fromCaseManagerId: id,
          transferredAt: isoDateTime,
          personal: closed({ handoverNote: text(4000) }, ['handoverNote']),
        },
        ['caseId', 'fromCountry', 'toCountry', 'transferredAt'],
      ),
    },
    upcasters: {
      // A v1 transfer let the sender name anyone as the receiver, which is the defect v2 removes:
      // read today, an old transfer leaves the case in the receiving office's incoming list.
      1: ({ toCaseManagerId, ...data }) => data,
    },
  },
  {
    type: 'intake.CaseAssigned',
    context: 'intake',
    description:
      'A case manager of the office holding the case took it on: assigned by a supervisor of that office (also a reassignment), or accepted from the incoming list; it carries no personal data.',
    versions: {
      1: closed(
        {
          caseId: id,
          office: countryCode,
          caseManagerId: id,
          previousCaseManagerId: id,
          how: enumOf(['assigned', 'accepted']),
          assignedAt: isoDateTime,
        },
        ['caseId', 'office', 'caseManagerId', 'how', 'assignedAt'],
      ),
    },
  },
  {
    type: 'intake.ReturnCircumstancesRecorded',
    context: 'intake',
    description: 'How the returnee came back (months abroad, voluntary or forced, detention, preparedness, documents held); the case manager\'s notes are personal.',
    versions: {
      1: closed(
        {
          caseId: id,
          timeAbroadMonths: count(1200),
          returnType: enumOf(RETURN_TYPES),
          detained: { type: 'boolean' },
          detentionDays: count(36500),
          preparedness: enumOf(PREPAREDNESS),
          documentsHeld: setOf(DOCUMENTS),
          personal: closed({ notes: text(2000) }),
        },
        ['caseId', 'timeAbroadMonths', 'returnType', 'detained', 'preparedness', 'documentsHeld'],
      ),
    },
  },
  {
    type: 'intake.FamilyMemberJoined',
    context: 'intake',
    description: 'A family member became part of the case after registration; who they are is personal.',
    versions: {
      1: closed({ caseId: id, memberId: id, personal: closed({ member: familyMember }, ['member']) }, ['caseId', 'memberId']),
    },
  },
  {
    type: 'intake.FamilyMemberLeft',
    context: 'intake',
    description: 'A family member is no longer part of the case; the reason is personal. A child left without an adult is flagged by the events that follow.',
    versions: {
      1: closed({ caseId: id, memberId: id, personal: closed({ reason: text(2000) }) }, ['caseId', 'memberId']),
    },
  },
  {
    type: 'intake.ContactDetailsChanged',
    context: 'intake',
    description: "The returnee's contact details as they now are, replacing the last set (a new phone after return, say); all of them are personal.",
    versions: {
      1: closed({ caseId: id, changedAt: isoDateTime, personal: closed({ phone: text(32), email: label(200), address: label(300) }) }, ['caseId', 'changedAt']),
    },
  },
  {
    type: 'intake.IdentityCorrected',
    context: 'intake',
    description:
      'A registration detail was wrong and is corrected, with a reason; history is not rewritten. Sex and nationality, when corrected, are public like at registration, and so is how many likely duplicates the case manager overrode; names, date of birth, gender, the reason and the override (its reason, the other cases) are personal.',
    versions: {
      // v1 grew additively (duplicateOverride and its personal reason and cases): every event published before still validates.
      1: closed(
        {
          caseId: id,
          correctedAt: isoDateTime,
          sex: enumOf(SEXES),
          nationality: countryCode,
          duplicateOverride: closed({ duplicates: { type: 'integer', minimum: 1, maximum: 20 } }, ['duplicates']),
          personal: closed(
            {
              firstName: label(100),
              lastName: label(100),
              dateOfBirth: isoDate,
              gender: label(50),
              reason: text(2000),
              duplicateOverrideReason: label(500),
              duplicateOfCaseIds: { ...listOf(id, 20), minItems: 1 },
            },
            ['reason'],
          ),
        },
        ['caseId', 'correctedAt'],
      ),
    },
  },
];
