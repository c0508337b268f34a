import { SERVICES_NEEDED, SEXES } from '@homeward/contracts/intake';
import type { EventDefinition, JsonSchema } from '@homeward/events/catalogue';
import { closed, count, countryCode, enumOf, id, isoDate, isoDateTime, label, languageCode, setOf, text } from '@homeward/events/catalogue';
import {
  DECLINE_REASONS,
  FOLLOW_UP_OUTCOMES,
  HOLD_REASONS,
  MAX_ACKNOWLEDGE_HOURS,
  REFERRAL_CLOSURE_REASONS,
  REFERRAL_FIELDS,
  REFERRAL_URGENCIES,
  SERVICE_TYPES,
} from './vocabulary';
import { PROTECTION } from './protection';

const note = closed({ note: text(2000) });

/** One of the three sources, each with its own reference and nothing else. */
const source: JsonSchema = {
  oneOf: [
    closed({ kind: { const: 'case_manager' } }, ['kind']),
    closed({ kind: { const: 'plan_element' }, planVersion: { type: 'integer', minimum: 1, maximum: 1000 }, elementId: id }, ['kind', 'planVersion', 'elementId']),
    closed({ kind: { const: 'urgent_need' }, needId: id, serviceNeeded: enumOf(SERVICES_NEEDED) }, ['kind', 'needId', 'serviceNeeded']),
  ],
};

/** The values of the fields that left; their names are outside, in sharedFields. */
const sharedValues = closed({
  firstName: label(100),
  lastName: label(100),
  sex: enumOf(SEXES),
  ageYears: count(130),
  language: languageCode,
  phone: label(40),
  area: label(200),
  needSummary: text(2000),
});

const answered = (at: string) => ({ caseId: id, referralId: id, providerId: id, [at]: isoDateTime });

/** A referral's life: requested, sent under consent (or the emergency exception), acknowledged, accepted or declined, delivered, followed up, closed; held when its consent is withdrawn. */
export const referralsLifecycleEvents: EventDefinition[] = [
  {
    type: 'referrals.ReferralRequested',
    context: 'referrals',
    description:
      'A referral of the case to a provider of the directory for one service type, from a case manager, a plan element or an urgent need, with the office holding the case; an urgent one carries its urgency and acknowledgement deadline. The note is personal.',
    versions: {
      1: closed(
        {
          caseId: id,
          referralId: id,
          source,
          serviceType: enumOf(SERVICE_TYPES),
          providerId: id,
          office: countryCode,
          urgency: enumOf(REFERRAL_URGENCIES),
          acknowledgeWithinHours: { type: 'integer', minimum: 1, maximum: MAX_ACKNOWLEDGE_HOURS },
          acknowledgeBy: isoDateTime,
          requestedAt: isoDateTime,
          personal: note,
        },
        ['caseId', 'referralId', 'source', 'serviceType', 'providerId', 'office', 'requestedAt'],
      ),
    },
  },
  {
    type: 'referrals.ReferralSent',
    context: 'referrals',
    description:
      "The referral left for the provider: the names of exactly the fields shared (the service type's minimum data set within what the consent covers) and the consent relied on, or the emergency exception; the values are personal, sealed under the protection key for a health service.",
    sensitive: (data) => data.sensitive === true,
    sensitiveKeyClass: PROTECTION,
    versions: {
      1: {
        ...closed(
          {
            caseId: id,
            referralId: id,
            providerId: id,
            serviceType: enumOf(SERVICE_TYPES),
            sharedFields: { ...setOf(REFERRAL_FIELDS), minItems: 1 },
            consentId: id,
            underEmergencyException: { const: true },
            acknowledgeBy: isoDateTime,
            sensitive: { const: true },
            sentAt: isoDateTime,
            personal: sharedValues,
          },
          ['caseId', 'referralId', 'providerId', 'serviceType', 'sharedFields', 'sentAt'],
        ),
        // Every sending names what it relied on: a consent, or the exception. Never both, never neither.
        oneOf: [
          { properties: { consentId: id }, required: ['consentId'] },
          { properties: { underEmergencyException: { const: true } }, required: ['underEmergencyException'] },
        ],
      },
    },
  },
  {
    type: 'referrals.ReferralAcknowledged',
    context: 'referrals',
    description: "The provider acknowledged the referral; for an urgent one, with intake's urgent need, which intake then marks addressed. No personal data.",
    versions: { 1: closed({ ...answered('acknowledgedAt'), needId: id }, ['caseId', 'referralId', 'providerId', 'acknowledgedAt']) },
  },
  {
    type: 'referrals.ReferralAccepted',
    context: 'referrals',
    description: 'The provider accepted the referral, with the day the service starts if it said. No personal data.',
    versions: { 1: closed({ ...answered('acceptedAt'), startOn: isoDate }, ['caseId', 'referralId', 'providerId', 'acceptedAt']) },
  },
  {
    type: 'referrals.ReferralDeclined',
    context: 'referrals',
    description: 'The provider declined the referral, with the reason as a code; the note is personal.',
    versions: {
      1: closed({ ...answered('declinedAt'), reason: enumOf(DECLINE_REASONS), personal: note }, ['caseId', 'referralId', 'providerId', 'reason', 'declinedAt']),
    },
  },
  {
    type: 'referrals.ServiceDelivered',
    context: 'referrals',
    description: 'The provider delivered the service on that day; the note is personal.',
    versions: {
      1: closed({ caseId: id, referralId: id, deliveredOn: isoDate, recordedAt: isoDateTime, personal: note }, ['caseId', 'referralId', 'deliveredOn', 'recordedAt']),
    },
  },
  {
    type: 'referrals.ReferralFollowedUp',
    context: 'referrals',
    description: 'The case manager followed the referral up with the returnee: whether the need was met, as a code; the notes are personal.',
    versions: {
      1: closed(
        { caseId: id, referralId: id, outcome: enumOf(FOLLOW_UP_OUTCOMES), followedUpOn: isoDate, recordedAt: isoDateTime, personal: closed({ notes: text(4000) }) },
        ['caseId', 'referralId', 'outcome', 'followedUpOn', 'recordedAt'],
      ),
    },
  },
  {
    type: 'referrals.ReferralClosed',
    context: 'referrals',
    description: 'The referral is closed, with the reason as a code; the note is personal.',
    versions: {
      1: closed({ caseId: id, referralId: id, reason: enumOf(REFERRAL_CLOSURE_REASONS), closedAt: isoDateTime, personal: note }, ['caseId', 'referralId', 'reason', 'closedAt']),
    },
  },
  {
    type: 'referrals.ReferralPutOnHold',
    context: 'referrals',
    description: 'The consent the referral relied on (or would have) was withdrawn: nothing more leaves under it and the provider loses access until it is sent again under a new consent. No personal data.',
    versions: {
      1: closed({ ...answered('heldAt'), consentId: id, reason: enumOf(HOLD_REASONS) }, ['caseId', 'referralId', 'providerId', 'consentId', 'reason', 'heldAt']),
    },
  },
];
