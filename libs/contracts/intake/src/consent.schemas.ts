import { CONSENT_PURPOSES, DATA_CATEGORIES, MAX_FAMILY_MEMBERS, WITNESS_ROLES } from './vocabulary';
import { familyMember } from './registration.schemas';
import type { EventDefinition, JsonSchema } from '@homeward/events/catalogue';
import { closed, enumOf, id, isoDate, isoDateTime, label, languageCode, listOf, setOf, text, whenEquals } from '@homeward/events/catalogue';

/** A named organisation, never a person: it may travel on a topic. */
const recipient = closed({ recipientId: id, name: label(200) }, ['recipientId', 'name']);

const decision = {
  caseId: id,
  returneeId: id,
  consentId: id,
  purpose: enumOf(CONSENT_PURPOSES),
  recipient,
  decidedOn: isoDate,
  formVersion: label(32),
  language: languageCode,
  witnessRole: enumOf(WITNESS_ROLES),
  recordedAt: isoDateTime,
  personal: closed({ witnessName: text(200) }),
};
const decisionRequired = ['caseId', 'returneeId', 'consentId', 'purpose', 'decidedOn', 'formVersion', 'language', 'recordedAt'];

/** Data sharing is always with a named recipient. */
const sharingNamesRecipient = whenEquals('purpose', 'data_sharing', { properties: { recipient }, required: ['recipient'] });

const decisionSchema = (extra: Record<string, JsonSchema>, required: string[]): JsonSchema => ({
  ...closed({ ...decision, ...extra }, [...decisionRequired, ...required]),
  ...sharingNamesRecipient,
});

/** Consent decisions per purpose and recipient, and each disclosure with the consents it relied on. */
export const intakeConsentEvents: EventDefinition[] = [
  {
    type: 'intake.ConsentGiven',
    context: 'intake',
    description: 'The returnee gave consent for a purpose (and recipient, for sharing) covering the listed data categories, on a dated form of a given version and language; the witness\'s name is personal.',
    versions: { 1: decisionSchema({ dataCategories: { ...setOf(DATA_CATEGORIES), minItems: 1 } }, ['dataCategories']) },
  },
  {
    type: 'intake.ConsentRefused',
    context: 'intake',
    description: 'The returnee refused consent for a purpose (and recipient, for sharing) on a dated form; refusing assistance puts the case in a refused state; the witness\'s name is personal.',
    versions: { 1: decisionSchema({}, []) },
  },
  {
    type: 'intake.ConsentWithdrawn',
    context: 'intake',
    description: 'The returnee withdrew a consent given earlier, which from then on authorises nothing; the reason given is personal.',
    versions: {
      1: {
        ...closed(
          {
            caseId: id,
            returneeId: id,
            consentId: id,
            purpose: enumOf(CONSENT_PURPOSES),
            recipient,
            withdrawnOn: isoDate,
            recordedAt: isoDateTime,
            personal: closed({ reason: text(2000) }),
          },
          ['caseId', 'returneeId', 'consentId', 'purpose', 'withdrawnOn', 'recordedAt'],
        ),
        ...sharingNamesRecipient,
      },
    },
  },
  {
    type: 'intake.ReturneeDetailsShared',
    context: 'intake',
    description:
      "The returnee's identity, contact details, languages and family as they now are, for the organisation's own services, under her consent to assistance (named): recorded when that consent is given and after each change to them while it stands. The details are personal and travel on the topic sealed under her personal key.",
    versions: {
      1: closed(
        {
          caseId: id,
          returneeId: id,
          consentId: id,
          sharedAt: isoDateTime,
          personal: closed(
            {
              firstName: text(100),
              lastName: text(100),
              dateOfBirth: isoDate,
              gender: label(50),
              languages: listOf(languageCode, 10),
              phone: text(32),
              email: label(200),
              address: label(300),
              familyMembers: listOf(familyMember, MAX_FAMILY_MEMBERS),
            },
            ['firstName', 'lastName', 'dateOfBirth', 'languages', 'familyMembers'],
          ),
        },
        ['caseId', 'returneeId', 'consentId', 'sharedAt'],
      ),
    },
    personalOnTopic: true,
  },
  {
    type: 'intake.PersonalDataShared',
    context: 'intake',
    description: 'Personal data of the listed categories left intake for a recipient and purpose under the listed consents; the event records the disclosure, not the data.',
    versions: {
      1: closed(
        {
          caseId: id,
          recipientId: id,
          purpose: enumOf(CONSENT_PURPOSES),
          dataCategories: { ...setOf(DATA_CATEGORIES), minItems: 1 },
          consentIds: { ...listOf(id, DATA_CATEGORIES.length), minItems: 1, uniqueItems: true },
          sharedAt: isoDateTime,
        },
        ['caseId', 'recipientId', 'purpose', 'dataCategories', 'consentIds', 'sharedAt'],
      ),
    },
  },
];
