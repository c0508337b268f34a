import type { ReturneeDetails } from '@homeward/contracts/intake';
import { evolveDetailsUnderAssistance, noDetailsYet, type DetailsUnderAssistance, type DetailsUnderAssistanceFact } from './details-under-assistance';

/** What a part reads as once its key is destroyed. */
const ERASED_PART = { $erased: true } as const;
const at = '2026-11-23T09:00:00.000Z';
const ids = { caseId: 'c-1', returneeId: 'r-1' };
const AWA: ReturneeDetails = { firstName: 'Awa', lastName: 'Diallo', dateOfBirth: '1994-03-02', languages: ['fr', 'wo'], phone: '+221 77 000 00 00', familyMembers: [] };

const gave = (consentId: string, purpose: 'assistance' | 'me_use' = 'assistance'): DetailsUnderAssistanceFact => ({
  type: 'intake.ConsentGiven',
  data: { ...ids, consentId, purpose, decidedOn: '2026-11-23', dataCategories: ['identity', 'contact'], formVersion: 'v3', language: 'fr', recordedAt: at },
});
const refused = (consentId: string, purpose: 'assistance' | 'me_use' = 'assistance'): DetailsUnderAssistanceFact => ({
  type: 'intake.ConsentRefused',
  data: { ...ids, consentId, purpose, decidedOn: '2026-11-23', formVersion: 'v3', language: 'fr', recordedAt: at },
});
const withdrew = (consentId: string): DetailsUnderAssistanceFact => ({ type: 'intake.ConsentWithdrawn', data: { ...ids, consentId, purpose: 'assistance', withdrawnOn: '2026-11-24', recordedAt: at } });
const shared = (personal: ReturneeDetails | typeof ERASED_PART = AWA): DetailsUnderAssistanceFact =>
  ({ type: 'intake.ReturneeDetailsShared', data: { ...ids, consentId: 'k-1', sharedAt: at, personal } }) as DetailsUnderAssistanceFact;
const erased: DetailsUnderAssistanceFact = { type: 'intake.ReturneeErased', data: { ...ids, erasedAt: '2026-12-01T10:00:00.000Z', reason: 'data_subject_request' } };

/** A service that shows her name only. */
const nameOnly = (d: ReturneeDetails) => ({ firstName: d.firstName, lastName: d.lastName });
const given = (...facts: DetailsUnderAssistanceFact[]): DetailsUnderAssistance<{ firstName: string; lastName: string }> =>
  facts.reduce((doc, fact) => evolveDetailsUnderAssistance(doc, fact, nameOnly), noDetailsYet());

describe('What a service keeps of the details intake shares under consent to assistance', () => {
  it('keeps only the fields it picked, while consent to assistance stands', () => {
    const doc = given(gave('k-1'), shared());
    expect(doc.returnee).toEqual({ firstName: 'Awa', lastName: 'Diallo' });
    expect(JSON.stringify(doc)).not.toMatch(/1994|\+221/);
  });

  it('forgets them when she withdraws or refuses assistance, and keeps them again under a new consent', () => {
    expect(given(gave('k-1'), shared(), withdrew('k-1')).returnee).toBeUndefined();
    expect(given(gave('k-1'), shared(), withdrew('k-1'), gave('k-2'), shared()).returnee).toEqual({ firstName: 'Awa', lastName: 'Diallo' });
    expect(given(gave('k-1'), shared(), refused('k-3')).returnee).toBeUndefined();
  });

  it('is not moved by a consent to another purpose', () => {
    const doc = given(gave('k-1'), shared(), refused('k-me', 'me_use'));
    expect(doc.returnee).toEqual({ firstName: 'Awa', lastName: 'Diallo' });
    expect(doc.basis.assistanceConsents.map((c) => c.consentId)).toEqual(['k-1']);
  });

  it('keeps nothing from a part it could not open, or whose key was destroyed', () => {
    expect(given(gave('k-1'), shared(), { ...shared(), data: { ...shared().data, personal: undefined } } as DetailsUnderAssistanceFact).returnee).toBeUndefined();
    expect(given(gave('k-1'), shared(ERASED_PART)).returnee).toBeUndefined();
  });

  it('forgets her at her erasure and keeps nothing shared after it', () => {
    const doc = given(gave('k-1'), shared(), erased, shared());
    expect(doc).toEqual({ erasedAt: '2026-12-01T10:00:00.000Z', basis: { assistanceConsents: [expect.objectContaining({ consentId: 'k-1', status: 'given' })] } });
  });
});
