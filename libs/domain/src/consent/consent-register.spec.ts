import type { ConsentEvent } from '@homeward/contracts/intake';
import { assistanceStatus, mayReceive, registerConsent, type ConsentRecord } from './consent-register';

const base = { caseId: 'c-1', returneeId: 'r-1', formVersion: 'v3', language: 'fr', recordedAt: '2026-11-23T09:00:00.000Z' };
const gave = (consentId: string, purpose: 'referral' | 'data_sharing' | 'me_use' | 'assistance', decidedOn: string, recipientId?: string): ConsentEvent => ({
  type: 'intake.ConsentGiven',
  data: { ...base, consentId, purpose, decidedOn, dataCategories: ['identity', 'case_summary'], ...(recipientId ? { recipient: { recipientId, name: recipientId } } : {}) },
});
const refused = (consentId: string, purpose: 'referral' | 'data_sharing', decidedOn: string, recipientId?: string): ConsentEvent => ({
  type: 'intake.ConsentRefused',
  data: { ...base, consentId, purpose, decidedOn, ...(recipientId ? { recipient: { recipientId, name: recipientId } } : {}) },
});
const withdrew = (consentId: string, purpose: 'referral' | 'data_sharing', withdrawnOn: string): ConsentEvent => ({
  type: 'intake.ConsentWithdrawn',
  data: { caseId: 'c-1', returneeId: 'r-1', consentId, purpose, withdrawnOn, recordedAt: base.recordedAt },
});
const register = (...events: ConsentEvent[]): ConsentRecord[] => events.reduce(registerConsent, []);

describe('The consent register: may recipient R receive data D for purpose P now?', () => {
  it('yes, under a consent given for that purpose and recipient covering that data, naming the consent', () => {
    expect(mayReceive(register(gave('k1', 'data_sharing', '2026-11-20', 'p1')), { purpose: 'data_sharing', recipientId: 'p1', dataCategory: 'identity', on: '2026-11-23' })).toEqual({
      allowed: true,
      consentId: 'k1',
    });
  });

  it('not before the day the form was signed', () => {
    expect(mayReceive(register(gave('k1', 'referral', '2026-11-20')), { purpose: 'referral', on: '2026-11-19' })).toMatchObject({ allowed: false, reason: 'NOT_YET_VALID' });
  });

  it('not for another purpose, another recipient or data the form does not cover', () => {
    const records = register(gave('k1', 'data_sharing', '2026-11-20', 'p1'));
    expect(mayReceive(records, { purpose: 'me_use', on: '2026-11-23' })).toMatchObject({ allowed: false, reason: 'NO_CONSENT' });
    expect(mayReceive(records, { purpose: 'data_sharing', recipientId: 'p2', on: '2026-11-23' })).toMatchObject({ allowed: false, reason: 'NO_CONSENT' });
    expect(mayReceive(records, { purpose: 'data_sharing', recipientId: 'p1', dataCategory: 'health', on: '2026-11-23' })).toMatchObject({
      allowed: false,
      reason: 'CATEGORY_NOT_COVERED',
    });
  });

  it('data sharing is never covered by a consent without a named recipient', () => {
    const records = register({ ...gave('k1', 'data_sharing', '2026-11-20'), data: { ...gave('k1', 'data_sharing', '2026-11-20').data } } as ConsentEvent);
    expect(mayReceive(records, { purpose: 'data_sharing', recipientId: 'p1', on: '2026-11-23' })).toMatchObject({ allowed: false, reason: 'NO_CONSENT' });
  });

  it('withdrawn consent never authorises again, from the day of withdrawal', () => {
    const records = register(gave('k1', 'referral', '2026-11-01'), withdrew('k1', 'referral', '2026-11-20'));
    expect(mayReceive(records, { purpose: 'referral', on: '2026-11-20' })).toMatchObject({ allowed: false, reason: 'CONSENT_WITHDRAWN', consentId: 'k1' });
    expect(mayReceive(records, { purpose: 'referral', on: '2027-06-01' })).toMatchObject({ allowed: false, reason: 'CONSENT_WITHDRAWN' });
  });

  it('a refusal after a consent governs: the earlier consent no longer authorises', () => {
    const records = register(gave('k1', 'referral', '2026-11-01'), refused('k2', 'referral', '2026-11-10'));
    expect(mayReceive(records, { purpose: 'referral', on: '2026-11-23' })).toMatchObject({ allowed: false, reason: 'CONSENT_REFUSED', consentId: 'k2' });
  });

  it('a general consent to be referred hands data to no named provider; a general refusal refuses every one', () => {
    const general = register(gave('k1', 'referral', '2026-11-01'));
    expect(mayReceive(general, { purpose: 'referral', on: '2026-11-23' })).toEqual({ allowed: true, consentId: 'k1' });
    expect(mayReceive(general, { purpose: 'referral', recipientId: 'p2', on: '2026-11-23' })).toMatchObject({ allowed: false, reason: 'NO_CONSENT' });
    const refusedForAll = register(gave('k1', 'referral', '2026-11-01', 'p1'), refused('k2', 'referral', '2026-11-10'));
    expect(mayReceive(refusedForAll, { purpose: 'referral', recipientId: 'p1', on: '2026-11-23' })).toMatchObject({ allowed: false, reason: 'CONSENT_REFUSED' });
  });

  it('a refusal naming one provider leaves a consent naming another standing, and a later general consent hides neither', () => {
    const records = register(gave('k1', 'referral', '2026-11-01', 'p2'), refused('k2', 'referral', '2026-11-10', 'p1'), gave('k3', 'referral', '2026-11-12'));
    expect(mayReceive(records, { purpose: 'referral', recipientId: 'p1', on: '2026-11-23' })).toMatchObject({ allowed: false, reason: 'CONSENT_REFUSED' });
    expect(mayReceive(records, { purpose: 'referral', recipientId: 'p2', on: '2026-11-23' })).toEqual({ allowed: true, consentId: 'k1' });
  });

  it('a new consent after a withdrawal authorises under the new form only', () => {
    const records = register(gave('k1', 'referral', '2026-11-01'), withdrew('k1', 'referral', '2026-11-10'), gave('k3', 'referral', '2026-11-15'));
    expect(mayReceive(records, { purpose: 'referral', on: '2026-11-23' })).toEqual({ allowed: true, consentId: 'k3' });
    expect(records.find((r) => r.consentId === 'k1')?.status).toBe('withdrawn');
  });

  it('withdrawing any consent for a purpose stops that purpose until a new form is signed (the cautious reading)', () => {
    const records = register(gave('k1', 'me_use', '2026-11-01'), gave('k2', 'me_use', '2026-11-05'), withdrew('k1', 'referral', '2026-11-10'));
    expect(mayReceive(records, { purpose: 'me_use', on: '2026-11-23' })).toMatchObject({ allowed: false, reason: 'CONSENT_WITHDRAWN', consentId: 'k1' });
  });

  it('a form signed before a refusal but entered after it does not override the refusal', () => {
    const records = register(refused('k2', 'referral', '2026-11-10'), gave('k1', 'referral', '2026-11-01'));
    expect(mayReceive(records, { purpose: 'referral', on: '2026-11-23' })).toMatchObject({ allowed: false, reason: 'CONSENT_REFUSED', consentId: 'k2' });
  });

  it('the case is assisted only while the latest decision on assistance is a consent', () => {
    expect(assistanceStatus(register(gave('k1', 'assistance', '2026-11-01')))).toBe('open');
    expect(assistanceStatus(register(gave('k1', 'assistance', '2026-11-01'), { ...refused('k2', 'referral', '2026-11-05'), data: { ...refused('k2', 'referral', '2026-11-05').data, purpose: 'assistance' } } as ConsentEvent))).toBe(
      'assistance_refused',
    );
    expect(assistanceStatus([])).toBe('assistance_refused');
  });
});
