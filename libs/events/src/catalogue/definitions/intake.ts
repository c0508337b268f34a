import type { EventDefinition } from '../event-definition';
import { countryCode, id, isoDate, isoDateTime, languageCode } from './common-schemas';

export const intakeEvents: EventDefinition[] = [
  {
    type: 'intake.ReturneeRegistered',
    context: 'intake',
    description: 'A returnee was registered by a case manager. Names, date of birth and contact are personal data.',
    versions: {
      1: {
        type: 'object',
        additionalProperties: false,
        required: ['caseId', 'returneeId', 'sex', 'nationality', 'languages'],
        properties: {
          caseId: id,
          returneeId: id,
          sex: { enum: ['female', 'male', 'intersex', 'undisclosed'] },
          nationality: countryCode,
          languages: { type: 'array', items: languageCode, maxItems: 10 },
          personal: {
            type: 'object',
            additionalProperties: false,
            required: ['firstName', 'lastName', 'dateOfBirth'],
            properties: {
              firstName: { type: 'string', maxLength: 100 },
              lastName: { type: 'string', maxLength: 100 },
              dateOfBirth: isoDate,
              phone: { type: 'string', maxLength: 32 },
            },
          },
        },
      },
    },
  },
  {
    type: 'intake.CaseOpened',
    context: 'intake',
    description: 'A reintegration case was opened for a registered returnee.',
    versions: {
      1: {
        type: 'object',
        additionalProperties: false,
        required: ['caseId', 'returneeId', 'hostCountry', 'countryOfOrigin', 'plannedReturnDate', 'caseManagerId', 'openedAt'],
        properties: {
          caseId: id,
          returneeId: id,
          hostCountry: countryCode,
          countryOfOrigin: countryCode,
          plannedReturnDate: isoDate,
          caseManagerId: id,
          openedAt: isoDateTime,
        },
      },
    },
  },
];
