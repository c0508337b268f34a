import { registerConsent, type ConsentRecord } from '@homeward/domain';
import { type ConsentEvent } from '@homeward/contracts/intake';

/**
 * registerConsent, applied once per decision: the same event twice (a replay) would add a
 * second record or move a withdrawal's sequence.
 */
export function withConsentEvent(records: ConsentRecord[], event: ConsentEvent): ConsentRecord[] {
  const existing = records.find((r) => r.consentId === event.data.consentId);
  if (event.type === 'intake.ConsentWithdrawn' ? existing?.status === 'withdrawn' : existing) return records;
  return registerConsent(records, event);
}
