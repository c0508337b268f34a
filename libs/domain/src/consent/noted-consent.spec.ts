import { mayReceive } from './consent-register';
import { alreadyNoted, completeDecision, knownForm, noteConsent, type NotedDecision } from './noted-consent';

const given: NotedDecision & { decision: 'given' } = {
  consentId: 'k-1',
  purpose: 'referral',
  recipient: { recipientId: 'prov-1', name: 'Centre' },
  decision: 'given',
  decidedOn: '2027-01-05',
  decidedAt: '2027-01-05T09:00:00.000Z',
  formVersion: 'ref-v1',
  language: 'fr',
  dataCategories: ['identity'],
  notedAt: '2027-01-05T09:01:00.000Z',
};

describe("A consuming context's copy of intake's consent register", () => {
  const records = noteConsent([], given);

  it('answers as the register does', () => {
    expect(mayReceive(records, { purpose: 'referral', recipientId: 'prov-1', on: '2027-01-05' })).toEqual({ allowed: true, consentId: 'k-1' });
  });

  it('a withdrawal keeps the form it withdraws, and then authorises nothing', () => {
    const withdrawal = { consentId: 'k-1', purpose: 'referral' as const, decision: 'withdrawn' as const, withdrawnOn: '2027-02-01' };
    const completed = completeDecision(withdrawal, knownForm(records, 'k-1'));
    expect(completed).toEqual({ ...withdrawal, decidedOn: '2027-01-05', decidedAt: '2027-01-05T09:00:00.000Z', formVersion: 'ref-v1', language: 'fr', dataCategories: ['identity'] });
    const after = noteConsent(records, { ...completed, notedAt: '2027-02-01T10:00:00.000Z' });
    expect(mayReceive(after, { purpose: 'referral', recipientId: 'prov-1', on: '2027-02-02' })).toMatchObject({ allowed: false, reason: 'CONSENT_WITHDRAWN' });
    expect(after).toHaveLength(1);
  });

  it('a withdrawal of a form it never saw is kept as a form that authorises nothing', () => {
    expect(completeDecision({ consentId: 'k-9', purpose: 'referral', decision: 'withdrawn', withdrawnOn: '2027-02-01' }, undefined)).toMatchObject({
      decidedOn: '2027-02-01',
      formVersion: 'unknown',
      language: 'und',
      dataCategories: [],
    });
  });

  it('a decision delivered again is recognised as noted', () => {
    expect(alreadyNoted(records, given)).toBe(true);
    expect(alreadyNoted(records, { consentId: 'k-1', purpose: 'referral', decision: 'withdrawn', withdrawnOn: '2027-02-01' })).toBe(false);
  });
});
