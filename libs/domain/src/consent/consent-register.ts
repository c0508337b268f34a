import { exhaustive } from '../shared/exhaustive';
import { type ConsentEvent, type ConsentPurpose, type ConsentRecipient, type DataCategory, SHARING_PURPOSES } from '@homeward/contracts/intake';

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
  /** Order of recording: breaks ties between decisions taking effect on the same day. */
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
 * and recipient governs, latest by the date it took effect (a form signed earlier but
 * entered late does not override a later refusal); a refused or withdrawn record never
 * authorises anything again. Withdrawing a form stops its purpose for that recipient even
 * if another form still stands: the cautious reading, until a new form is signed.
 */
export function mayReceive(records: ConsentRecord[], question: ConsentQuestion): ConsentAnswer {
  const relevant = records.filter((r) => r.purpose === question.purpose && covers(r, question)).sort(latestFirst);
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

const effectiveOn = (r: ConsentRecord): string => r.withdrawnOn ?? r.decidedOn;
const latestFirst = (a: ConsentRecord, b: ConsentRecord): number => effectiveOn(b).localeCompare(effectiveOn(a)) || b.sequence - a.sequence;

/** Whether the case is assisted: the returnee's standing decision on assistance, whatever its date. */
export const assistanceStatus = (records: ConsentRecord[]): 'open' | 'assistance_refused' =>
  mayReceive(records, { purpose: 'assistance', on: '9999-12-31' }).allowed ? 'open' : 'assistance_refused';

/**
 * A decision naming a recipient speaks for that recipient only. One naming nobody refuses
 * (or, withdrawn, stops) for everyone, but consents for no one in particular: data goes to
 * a recipient for sharing or referral only under a form that names them.
 */
function covers(record: ConsentRecord, question: ConsentQuestion): boolean {
  if (record.recipient) return record.recipient.recipientId === question.recipientId;
  const toNamedRecipient = question.recipientId !== undefined && (SHARING_PURPOSES as readonly string[]).includes(question.purpose);
  return !(toNamedRecipient && record.status === 'given');
}
