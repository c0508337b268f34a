import { exhaustive } from '../shared/exhaustive';
import type { ConsentPurpose, DataCategory } from '../intake/vocabulary';
import type { ConsentEvent, ConsentRecipient } from './consent.events';

/** One signed decision of the returnee, as the register keeps it. */
export interface ConsentRecord {
  consentId: string;
  purpose: ConsentPurpose;
  recipient?: ConsentRecipient;
  dataCategories: DataCategory[];
  status: 'given' | 'refused' | 'withdrawn';
  decidedOn: string;
  withdrawnOn?: string;
  formVersion: string;
  language: string;
  /** Order of recording: the latest decision on a purpose and recipient governs. */
  sequence: number;
}

export interface ConsentQuestion {
  purpose: ConsentPurpose;
  /** Required for data sharing; for other purposes a consent without a recipient covers everyone. */
  recipientId?: string;
  dataCategory?: DataCategory;
  /** The day the data would leave (YYYY-MM-DD). */
  on: string;
}

export type ConsentAnswer =
  | { allowed: true; consentId: string }
  | { allowed: false; reason: 'NO_CONSENT' | 'CONSENT_REFUSED' | 'CONSENT_WITHDRAWN' | 'NOT_YET_VALID' | 'CATEGORY_NOT_COVERED'; consentId?: string };

export function registerConsent(records: ConsentRecord[], event: ConsentEvent): ConsentRecord[] {
  switch (event.type) {
    case 'intake.ConsentGiven':
    case 'intake.ConsentRefused': {
      const d = event.data;
      const given = event.type === 'intake.ConsentGiven';
      return [
        ...records,
        {
          consentId: d.consentId,
          purpose: d.purpose,
          ...(d.recipient ? { recipient: d.recipient } : {}),
          dataCategories: given ? event.data.dataCategories : [],
          status: given ? 'given' : 'refused',
          decidedOn: d.decidedOn,
          formVersion: d.formVersion,
          language: d.language,
          sequence: nextSequence(records),
        },
      ];
    }
    case 'intake.ConsentWithdrawn':
      return records.map((r) =>
        r.consentId === event.data.consentId ? { ...r, status: 'withdrawn', withdrawnOn: event.data.withdrawnOn, sequence: nextSequence(records) } : r,
      );
    default:
      return exhaustive(event);
  }
}

const nextSequence = (records: ConsentRecord[]) => Math.max(0, ...records.map((r) => r.sequence)) + 1;

/**
 * "May recipient R receive data D for purpose P about this returnee on day T?"
 * The one answer every service relies on. The returnee's latest decision on that purpose
 * and recipient governs; a refused or withdrawn record never authorises anything again.
 */
export function mayReceive(records: ConsentRecord[], question: ConsentQuestion): ConsentAnswer {
  const relevant = records.filter((r) => r.purpose === question.purpose && covers(r, question)).sort((a, b) => b.sequence - a.sequence);
  const latest = relevant[0];
  if (!latest) return { allowed: false, reason: 'NO_CONSENT' };
  if (latest.status === 'refused') return { allowed: false, reason: 'CONSENT_REFUSED', consentId: latest.consentId };
  if (latest.status === 'withdrawn') return { allowed: false, reason: 'CONSENT_WITHDRAWN', consentId: latest.consentId };
  if (latest.decidedOn > question.on) return { allowed: false, reason: 'NOT_YET_VALID', consentId: latest.consentId };
  if (question.dataCategory && !latest.dataCategories.includes(question.dataCategory)) {
    return { allowed: false, reason: 'CATEGORY_NOT_COVERED', consentId: latest.consentId };
  }
  return { allowed: true, consentId: latest.consentId };
}

/** A decision naming a recipient speaks for that recipient only; one without a recipient for all (never for data sharing). */
function covers(record: ConsentRecord, question: ConsentQuestion): boolean {
  if (record.recipient) return record.recipient.recipientId === question.recipientId;
  return question.purpose !== 'data_sharing';
}
