import { CONSENT_PURPOSES, DATA_CATEGORIES } from '@homeward/contracts/intake';
import type { EventDefinition } from '@homeward/events/catalogue';
import { closed, enumOf, id, isoDate, isoDateTime, label, languageCode, setOf, whenEquals } from '@homeward/events/catalogue';

export const referralsConsentEvents: EventDefinition[] = [
  {
    type: 'referrals.ConsentNoted',
    context: 'referrals',
    description:
      "A decision of intake's consent register (given, refused or withdrawn), as referrals keeps it to decide whether a referral may be sent to a provider; copied from intake's topic, it carries no personal data.",
    versions: {
      1: {
        ...closed(
          {
            caseId: id,
            consentId: id,
            purpose: enumOf(CONSENT_PURPOSES),
            recipient: closed({ recipientId: id, name: label(200) }, ['recipientId', 'name']),
            decision: enumOf(['given', 'refused', 'withdrawn']),
            decidedOn: isoDate,
            decidedAt: isoDateTime,
            withdrawnOn: isoDate,
            formVersion: label(32),
            language: languageCode,
            dataCategories: setOf(DATA_CATEGORIES),
            notedAt: isoDateTime,
          },
          ['caseId', 'consentId', 'purpose', 'decision', 'decidedOn', 'formVersion', 'language', 'dataCategories', 'notedAt'],
        ),
        ...whenEquals('decision', 'withdrawn', { properties: { withdrawnOn: isoDate }, required: ['withdrawnOn'] }),
      },
    },
  },
];
