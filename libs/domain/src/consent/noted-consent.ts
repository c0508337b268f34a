import type { DataCategory, NotedConsentDecision } from '@homeward/contracts/intake';
import type { ConsentRecord } from './consent-register';

/** A form of intake's register as a consuming context keeps it, with the moment intake recorded the decision. */
export type NotedConsent = ConsentRecord & { decidedAt: string };

/** A decision of intake's register as a consuming context notes it: the data of its own `ConsentNoted` event, without the case id. */
export type NotedDecision = Omit<NotedConsentDecision, 'caseId'>;

/**
 * What a consuming context's reaction to intake's topic passes on: the form as signed (ConsentGiven,
 * ConsentRefused), or a withdrawal (ConsentWithdrawn), which names only the form and the day.
 */
export type ConsentDecisionInput =
  | (Omit<NotedDecision, 'notedAt' | 'decision' | 'withdrawnOn'> & { decision: 'given' | 'refused' })
  | (Pick<NotedDecision, 'consentId' | 'purpose' | 'recipient'> & { decision: 'withdrawn'; withdrawnOn: string });

/** The form this decision is about, if the context noted it before. */
export const knownForm = (records: NotedConsent[], consentId: string): NotedConsent | undefined => records.find((r) => r.consentId === consentId);

/** A decision delivered again (the topic redelivers) is noted once. */
export const alreadyNoted = (records: NotedConsent[], input: ConsentDecisionInput): boolean => knownForm(records, input.consentId)?.status === input.decision;

/**
 * A withdrawal keeps the form it withdraws (date, version, language, categories). One of a form the
 * context never saw, its history having begun later, is kept as what it is: a form that authorises nothing.
 * Any other field of the input (the case id) is kept as it is.
 */
export function completeDecision<D extends ConsentDecisionInput>(data: D, known: NotedConsent | undefined): D & Omit<NotedDecision, 'notedAt'> {
  if (data.decision !== 'withdrawn') return data as D & Omit<NotedDecision, 'notedAt'>;
  const form = known ?? { decidedOn: data.withdrawnOn, formVersion: 'unknown', language: 'und', dataCategories: [] as DataCategory[] };
  const completed = {
    ...data,
    decidedOn: form.decidedOn,
    ...('decidedAt' in form ? { decidedAt: form.decidedAt } : {}),
    formVersion: form.formVersion,
    language: form.language,
    dataCategories: form.dataCategories,
  };
  return completed as D & Omit<NotedDecision, 'notedAt'>;
}

/**
 * Intake's register as a consuming context keeps it: the same records, so the same one answer
 * (`mayReceive`) says what the context may rely on. A withdrawal updates the form it withdraws.
 */
export function noteConsent(records: NotedConsent[], data: NotedDecision): NotedConsent[] {
  const sequence = Math.max(0, ...records.map((r) => r.sequence)) + 1;
  const record: NotedConsent = {
    consentId: data.consentId,
    purpose: data.purpose,
    ...(data.recipient ? { recipient: data.recipient } : {}),
    dataCategories: data.dataCategories,
    status: data.decision,
    decidedOn: data.decidedOn,
    decidedAt: data.decidedAt ?? data.notedAt,
    ...(data.withdrawnOn ? { withdrawnOn: data.withdrawnOn } : {}),
    formVersion: data.formVersion,
    language: data.language,
    sequence,
  };
  return [...records.filter((r) => r.consentId !== data.consentId), record];
}

/**
 * The day a consuming context asks the register about, now: its own office's day, or the next one if
 * intake has already recorded a form dated then. Offices of one case count days in different time zones
 * (Rabat is an hour ahead of Dakar in the evening): a form signed there today is in force here now. A form
 * dated further ahead takes effect on its day, as the register says.
 */
export function registerDayNow(records: NotedConsent[], today: string, now: string): string {
  const tomorrow = new Date(Date.parse(`${today}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  return records.some((r) => r.decidedAt <= now && r.decidedOn === tomorrow) ? tomorrow : today;
}
