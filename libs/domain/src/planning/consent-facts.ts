import type { ConsentNoted } from '@homeward/contracts/planning';
import { mayReceive, type ConsentRecord } from '../consent/consent-register';

/** A form of intake's register as planning keeps it, with the moment intake recorded the decision. */
export type NotedConsent = ConsentRecord & { decidedAt: string };

/**
 * Intake's register as planning keeps it: the same records, so the same one answer (`mayReceive`)
 * says what a plan may rely on. A withdrawal updates the form it withdraws.
 */
export function noteConsent(records: NotedConsent[], { data }: ConsentNoted): NotedConsent[] {
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

/** The returnee's standing decision on assistance: none yet, given, or refused or withdrawn (which one, and on which form). */
export function assistanceDecision(records: ConsentRecord[]): { decision: 'none' | 'given' } | { decision: 'refused' | 'withdrawn'; consentId: string } {
  const answer = mayReceive(records, { purpose: 'assistance', on: '9999-12-31' });
  if (answer.allowed) return { decision: 'given' };
  if (answer.reason === 'CONSENT_REFUSED') return { decision: 'refused', consentId: answer.consentId! };
  if (answer.reason === 'CONSENT_WITHDRAWN') return { decision: 'withdrawn', consentId: answer.consentId! };
  return { decision: 'none' };
}
