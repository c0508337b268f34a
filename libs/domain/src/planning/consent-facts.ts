import { mayReceive, type ConsentRecord } from '../consent/consent-register';

export type { NotedConsent } from '../consent/noted-consent';

/** The returnee's standing decision on assistance: none yet, given, or refused or withdrawn (which one, and on which form). */
export function assistanceDecision(records: ConsentRecord[]): { decision: 'none' | 'given' } | { decision: 'refused' | 'withdrawn'; consentId: string } {
  const answer = mayReceive(records, { purpose: 'assistance', on: '9999-12-31' });
  if (answer.allowed) return { decision: 'given' };
  if (answer.reason === 'CONSENT_REFUSED') return { decision: 'refused', consentId: answer.consentId! };
  if (answer.reason === 'CONSENT_WITHDRAWN') return { decision: 'withdrawn', consentId: answer.consentId! };
  return { decision: 'none' };
}
