import { ERASED_PART } from '@homeward/contracts/intake';
import type { RecordedEvent } from '@homeward/events';
import { only, project } from '@homeward/testing/intake';
import { ReferralHistory } from '../testing/referral-history';
import { caseReferralsProjection } from '../referral-detail/case-referrals.projection';
import { listItemOf, referralListProjection } from './referral-list.projection';
import { providerViewOf } from './provider-view';

const listed = (history: ReferralHistory, referralId: string) => only(project(referralListProjection, history.events), `${history.caseId}/${referralId}`);
const personal = (history: ReferralHistory, events: RecordedEvent[] = history.events) => only(project(caseReferralsProjection, events), history.caseId);

describe('A referral in the lists and in its provider’s inbox', () => {
  it('is listed for its office from its request, and reaches the provider’s inbox only once sent', () => {
    const awa = new ReferralHistory('c-list-1');
    awa.consentToTraining('2027-01-08T09:00:00.000Z');
    awa.run('2027-01-08T10:00:00.000Z', 'RequestReferral', { referralId: 'r-1', source: { kind: 'case_manager' }, serviceType: 'vocational_training', provider: { providerId: 'prov-tvet', status: 'active', country: 'SN', areas: [], services: [{ serviceType: 'vocational_training' }] }, office: 'SN' });
    expect(listed(awa, 'r-1')).toMatchObject({ office: 'SN', providerId: 'prov-tvet', status: 'requested', source: 'case_manager', lastChangedAt: '2027-01-08T10:00:00.000Z' });
    expect(listed(awa, 'r-1')).not.toHaveProperty('addressedTo');
  });

  it('says which fields left under which consent, and never their values', () => {
    const awa = new ReferralHistory('c-list-2');
    awa.consentToTraining('2027-01-08T09:00:00.000Z');
    awa.sentTraining('2027-01-08T10:00:00.000Z', 'r-1');
    const doc = listed(awa, 'r-1');
    expect(doc).toMatchObject({ status: 'sent', addressedTo: 'prov-tvet', consentId: 'k-ref', sentAt: '2027-01-08T10:00:00.000Z' });
    expect(doc.sharedFields?.sort()).toEqual(['ageYears', 'firstName', 'language', 'lastName', 'phone', 'sex']);
    expect(JSON.stringify(listItemOf(doc))).not.toMatch(/Awa|Diallo|\+221|Mornings/);
    expect(listItemOf(doc)).not.toHaveProperty('basis');
  });

  it('shows the provider the values sent, and withholds them once her consent is withdrawn', () => {
    const awa = new ReferralHistory('c-list-3');
    awa.consentToTraining('2027-01-08T09:00:00.000Z');
    awa.sentTraining('2027-01-08T10:00:00.000Z', 'r-1');
    expect(providerViewOf(listed(awa, 'r-1'), personal(awa)).shared).toEqual({ firstName: 'Awa', lastName: 'Diallo', sex: 'female', ageYears: 32, language: 'fr', phone: '+221 77 000 00 00' });
    expect(JSON.stringify(providerViewOf(listed(awa, 'r-1'), personal(awa)))).not.toContain('Mornings');
    awa.withdraw('2027-02-01T09:00:00.000Z');
    expect(listed(awa, 'r-1')).toMatchObject({ status: 'on_hold', heldAt: '2027-02-01T09:00:00.000Z' });
    expect(personal(awa).referrals['r-1']).not.toHaveProperty('shared');
    expect(providerViewOf(listed(awa, 'r-1'), personal(awa))).toMatchObject({ status: 'on_hold', withheld: 'REFERRAL_CONSENT_WITHDRAWN' });
    expect(providerViewOf(listed(awa, 'r-1'), personal(awa))).not.toHaveProperty('shared');
  });

  it('keeps every step in the timeline with when, who and what, the notes apart', () => {
    const awa = new ReferralHistory('c-list-4');
    awa.consentToTraining('2027-01-08T09:00:00.000Z');
    awa.sentTraining('2027-01-08T10:00:00.000Z', 'r-1');
    awa.run('2027-01-09T10:00:00.000Z', 'DeclineReferral', { referralId: 'r-1', reason: 'no_capacity', note: 'Full until June' }, { userId: 'pu-tvet', role: 'service_provider' });
    const timeline = personal(awa).referrals['r-1'].timeline;
    expect(timeline.map((s) => s.event)).toEqual(['ReferralRequested', 'ReferralSent', 'ReferralDeclined']);
    expect(timeline[0]).toMatchObject({ at: '2027-01-08T10:00:00.000Z', by: { userId: 'cm-sn', role: 'case_manager' }, what: { sourceKind: 'case_manager', office: 'SN' }, note: 'Mornings only' });
    expect(timeline[1]).not.toHaveProperty('note');
    expect(JSON.stringify(timeline[1])).not.toContain('Awa');
    expect(timeline[2]).toMatchObject({ by: { role: 'service_provider' }, what: { reason: 'no_capacity' }, note: 'Full until June' });
    expect(listed(awa, 'r-1').status).toBe('declined');
  });

  it('forgets every value and note at intake.ReturneeErased, and a rebuild after the keys are gone keeps none', () => {
    const awa = new ReferralHistory('c-list-5');
    awa.consentToTraining('2027-01-08T09:00:00.000Z');
    awa.sentTraining('2027-01-08T10:00:00.000Z', 'r-1');
    const erasure = { ...awa.events[0], eventId: 'evt-erased', type: 'intake.ReturneeErased', data: { caseId: awa.caseId, returneeId: 'r-x', erasedAt: '2027-03-01T09:00:00.000Z', reason: 'data_subject_request' } } as RecordedEvent;
    const live = personal(awa, [...awa.events, erasure]);
    expect(live.erasedAt).toBe('2027-03-01T09:00:00.000Z');
    expect(JSON.stringify(live)).not.toMatch(/Awa|Diallo|\+221|Mornings/);
    expect(live.referrals['r-1'].timeline.map((s) => s.event)).toEqual(['ReferralRequested', 'ReferralSent']);
    const rebuilt = awa.events.map((e) => (e.data.personal ? { ...e, data: { ...e.data, personal: { ...ERASED_PART } } } : e));
    // Even before the erasure itself is folded, parts whose keys are gone leave nothing: no values, no notes, no stand-ins.
    const record = personal(awa, rebuilt).referrals['r-1'];
    expect(record).not.toHaveProperty('shared');
    expect(record.timeline.filter((s) => 'note' in s)).toEqual([]);
    expect(personal(awa, [...rebuilt, erasure])).toEqual(live);
  });
});
