import { closed, enumOf, id, isoDate, isoDateTime, label, languageCode, setOf, whenEquals } from '@homeward/events/catalogue';
import { CONSENT_PURPOSES, DATA_CATEGORIES, type ConsentPurpose, type DataCategory } from './vocabulary';
import type { ConsentRecipient } from './consent.events';

/** What the register decided of a form: given, refused, or withdrawn later. */
export const NOTED_CONSENT_DECISIONS = ['given', 'refused', 'withdrawn'] as const;

/**
 * A decision of intake's consent register as a consuming context copies it onto its own streams (its
 * `<context>.ConsentNoted`), to decide on its own log what the returnee's consent allows: from intake's
 * topic (ConsentGiven, ConsentRefused, ConsentWithdrawn), without the witness or the reason. Intake
 * publishes this shape so that every consumer keeps the register the same way.
 */
export interface NotedConsentDecision {
  caseId: string;
  consentId: string;
  purpose: ConsentPurpose;
  recipient?: ConsentRecipient;
  decision: (typeof NOTED_CONSENT_DECISIONS)[number];
  /** The date on the form; a withdrawal keeps the one it was given under. */
  decidedOn: string;
  /**
   * The moment intake recorded the decision (its event's time): what came after it on the consumer's
   * side (a plan's new version, say) is not covered by it. Absent on decisions noted before it was kept.
   */
  decidedAt?: string;
  withdrawnOn?: string;
  formVersion: string;
  language: string;
  dataCategories: DataCategory[];
  /** When the consumer noted it. */
  notedAt: string;
}

/** The schema of a consumer's `ConsentNoted` data, version 1: closed, no personal data. */
export const notedConsentSchema = () => ({
  ...closed(
    {
      caseId: id,
      consentId: id,
      purpose: enumOf(CONSENT_PURPOSES),
      recipient: closed({ recipientId: id, name: label(200) }, ['recipientId', 'name']),
      decision: enumOf(NOTED_CONSENT_DECISIONS),
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
});
