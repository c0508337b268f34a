import { mayReceive, type ConsentRecord, type ConsentPurpose } from '@homeward/domain';

export type CaseStatus = 'open' | 'assistance_refused';

/**
 * The status after a consent decision, by the rule the write side uses (evolveCase): the
 * returnee's latest decision on assistance sets it, whatever its date.
 */
export function statusAfterConsent(status: CaseStatus, consents: ConsentRecord[], purpose: ConsentPurpose): CaseStatus {
  if (purpose !== 'assistance') return status;
  return mayReceive(consents, { purpose: 'assistance', on: '9999-12-31' }).allowed ? 'open' : 'assistance_refused';
}
