import type { Principal, RunningService } from '@homeward/platform';
import { pdfText } from '@homeward/testing/pdf';
import { eventually } from '../testing/test-services';
import { day, IntakeClient } from './intake-writes.scenario';
import { ANALYST, AUDITOR, awaInDakar, CM_GN, CM_MA, CM_SN, providerUser, referralConsent, ReferralsClient, startIntakeAndReferrals, SUPERVISOR_SN, trainingCentre } from './referrals-lifecycle.scenario';
import { ReferralCommands } from '../../apps/referrals/src/referral-commands/referral-commands';

const PROVIDER = `prov-cfp-${process.pid}`;
const OTHER_PROVIDER = `prov-other-${process.pid}`;
const WHAT_STAYS_IN_INTAKE = ['awa@example.org', 'Médina', '1994-03-02', 'Mornings only'];

/**
 * Embedded mode as `npm start` runs it: Awa registered in intake, her consents reaching referrals over
 * intake's topic; a referral to a training centre of the directory requested, sent through the consent
 * gate with only its minimum data set, answered by the centre's own user, delivered, followed up and
 * closed; her consent withdrawn, the next referral held and the centre's access cut.
 */
describe('Embedded mode: a referral from its request to its closure, behind the consent gate', () => {
  let intake: RunningService;
  let referrals: RunningService;
  let close: () => Promise<void>;
  let cases: IntakeClient;
  let api: ReferralsClient;
  let caseId: string;
  let referralConsentId: string;
  let referralId: string;
  const r = (id = referralId) => `/referrals/${caseId}/${id}`;

  beforeAll(async () => {
    ({ intake, referrals, close } = await startIntakeAndReferrals());
    cases = new IntakeClient(intake);
    api = new ReferralsClient(referrals);
    await api.registerProvider(PROVIDER);
    await api.registerProvider(OTHER_PROVIDER);
    ({ caseId } = await awaInDakar(cases));
    ({ consentId: referralConsentId } = await cases.expect201(`/cases/${caseId}/consents`, referralConsent(PROVIDER), CM_SN));
    await api.knowsCase(caseId);
    await api.noted(caseId, referralConsentId, 'given');
  }, 120000);
  afterAll(async () => close?.());

  it('refuses bad input with a 400 naming the field, in English and in French, and appends nothing', async () => {
    const before = await api.head();
    const en = await api.post(`/cases/${caseId}/referrals`, { serviceType: 'banking', providerId: PROVIDER });
    expect(en.status).toBe(400);
    expect(en.body.errors.map((e: { field: string }) => e.field)).toContain('serviceType');
    const fr = await api.post(`/cases/${caseId}/referrals`, { serviceType: 'vocational_training', providerId: PROVIDER, note: 42 }, CM_SN, { 'Accept-Language': 'fr' });
    expect(fr.status).toBe(400);
    expect(fr.body.message).toMatch(/^note: .*chaîne de caractères/);
    expect((await api.post(`${r('not an id')}/sending`)).body).toMatchObject({ statusCode: 400, errors: [expect.objectContaining({ field: 'referralId' })] });
    expect(await api.head()).toBe(before);
  });

  it('lets only the staff of the office holding the case write, and answers another country as an unknown case', async () => {
    const form = { serviceType: 'vocational_training', providerId: PROVIDER };
    expect((await api.post(`/cases/${caseId}/referrals`, form, AUDITOR)).body).toMatchObject({ statusCode: 403, code: 'ROLE_NOT_ALLOWED' });
    expect((await api.post(`/cases/${caseId}/referrals`, form, providerUser(PROVIDER))).body).toMatchObject({ statusCode: 403, code: 'ROLE_NOT_ALLOWED' });
    expect((await api.post(`/cases/${caseId}/referrals`, form, CM_MA)).body).toMatchObject({ statusCode: 403, code: 'NOT_CASE_OFFICE' });
    expect((await api.post(`/cases/${caseId}/referrals`, form, CM_GN)).body).toMatchObject({ statusCode: 404, code: 'CASE_NOT_FOUND' });
    expect((await api.get('/referrals', ANALYST)).body).toMatchObject({ statusCode: 403, code: 'ROLE_NOT_ALLOWED' });
    expect((await api.get('/referrals', providerUser(PROVIDER))).body).toMatchObject({ statusCode: 403, code: 'ROLE_NOT_ALLOWED' });
    expect((await api.get('/inbox', CM_SN)).body).toMatchObject({ statusCode: 403, code: 'ROLE_NOT_ALLOWED' });
  });

  it('refuses to send to a provider her consent does not name, with the register’s reason, and appends nothing', async () => {
    const { referralId: legal } = await api.expect201(`/cases/${caseId}/referrals`, { serviceType: 'legal_aid', providerId: OTHER_PROVIDER });
    const before = await api.head();
    const refused = await api.post(`${r(legal)}/sending`, { needSummary: 'Lost her identity card' });
    expect(refused.body).toMatchObject({ statusCode: 409, code: 'REFERRAL_CONSENT_MISSING', reason: 'NO_CONSENT' });
    expect(await api.head()).toBe(before);
  });

  it('refuses a referral to a suspended provider (409) or for a service its provider does not offer (422), naming the field, and appends nothing', async () => {
    const suspended = `prov-suspended-${process.pid}`;
    await api.registerProvider(suspended, trainingCentre('Centre fermé pour travaux'));
    await referrals.app.get(ReferralCommands).executeOnDirectory(SUPERVISOR_SN as Principal, { type: 'SuspendProvider', data: { providerId: suspended, reason: 'quality_concerns' } });
    const before = await api.head();
    // The request reads the provider's own stream, so the suspension holds at once.
    const toSuspended = await api.post(`/cases/${caseId}/referrals`, { serviceType: 'vocational_training', providerId: suspended });
    expect(toSuspended.body).toMatchObject({ statusCode: 409, code: 'PROVIDER_SUSPENDED', errors: [expect.objectContaining({ field: 'providerId' })] });
    const notOffered = await api.post(`/cases/${caseId}/referrals`, { serviceType: 'shelter', providerId: PROVIDER }, CM_SN, { 'Accept-Language': 'fr' });
    expect(notOffered.body).toMatchObject({ statusCode: 422, code: 'SERVICE_NOT_OFFERED', message: expect.stringMatching(/^serviceType: Le prestataire/), errors: [expect.objectContaining({ field: 'serviceType' })] });
    expect(await api.head()).toBe(before);
  });

  it('requests and sends the referral with only the training’s minimum data set within her consent', async () => {
    const requested = await api.expect201(`/cases/${caseId}/referrals`, { serviceType: 'vocational_training', providerId: PROVIDER, note: 'Mornings only' });
    referralId = requested.referralId;
    expect(requested.events).toEqual(['referrals.ReferralRequested']);
    const sent = await api.expect201(`${r()}/sending`, { needSummary: 'Wants to train as a pattern cutter' });
    expect(sent.events).toEqual(['referrals.ReferralSent']);
    const event = (await api.stream(caseId)).find((e) => e.type === 'referrals.ReferralSent' && e.data.referralId === referralId)!;
    // Training needs no need summary, and her consent covers identity and contact: the summary stays behind.
    expect([...(event.data.sharedFields as string[])].sort()).toEqual(['ageYears', 'firstName', 'language', 'lastName', 'phone', 'sex']);
    expect(event.data).toMatchObject({ consentId: referralConsentId, personal: { firstName: 'Awa', phone: '+221 77 000 00 00', language: 'fr', sex: 'female', ageYears: expect.any(Number) } });
  });

  it("shows the provider's user only its referrals and only their shared fields: nothing of the intake case file", async () => {
    const inbox = await eventually(() => api.get('/inbox', providerUser(PROVIDER)), (res) => res.body.items?.some((i: { referralId: string }) => i.referralId === referralId));
    expect(inbox.status).toBe(200);
    expect(inbox.body.total).toBe(1);
    const [item] = inbox.body.items;
    expect(item).toEqual({ caseId, referralId, serviceType: 'vocational_training', status: 'sent', sentAt: expect.any(String), sharedFields: expect.any(Array), shared: expect.objectContaining({ firstName: 'Awa', phone: '+221 77 000 00 00' }) });
    expect(Object.keys(item.shared).sort()).toEqual([...item.sharedFields].sort());
    const read = await api.get(r(), providerUser(PROVIDER));
    expect(read.body).toEqual(item);
    for (const words of [...WHAT_STAYS_IN_INTAKE, 'pattern cutter']) expect(JSON.stringify([inbox.body, read.body])).not.toContain(words);
    // Another provider sees none of it, and is answered as for an unknown referral.
    expect((await api.get('/inbox', providerUser(OTHER_PROVIDER))).body).toMatchObject({ items: [], total: 0 });
    expect((await api.get(r(), providerUser(OTHER_PROVIDER))).body).toMatchObject({ statusCode: 404, code: 'REFERRAL_NOT_FOUND' });
    expect((await api.post(`${r()}/acceptance`, {}, providerUser(OTHER_PROVIDER))).body).toMatchObject({ statusCode: 404, code: 'REFERRAL_NOT_FOUND' });
    // Nor does its own provider reach intake's case file: a referral is all it gets.
    expect((await cases.get(`/cases/${caseId}`, providerUser(PROVIDER))).status).toBe(403);
  });

  it('gives the case manager a PDF for a provider outside the system, in French or English, with only the shared fields', async () => {
    const fr = (await pdfText((await api.download(`${r()}/referral.pdf?lang=fr`)).body)).join(' ');
    for (const words of ['Orientation', 'Centre de formation professionnelle de Dakar', 'Formation professionnelle ou apprentissage', 'Prénom : Awa', 'Téléphone : +221 77 000 00 00', `consentement ${referralConsentId}`]) expect(fr).toContain(words);
    for (const words of [...WHAT_STAYS_IN_INTAKE, 'pattern cutter']) expect(fr).not.toContain(words);
    const en = (await pdfText((await api.download(`${r()}/referral.pdf?lang=en`)).body)).join(' ');
    expect(en).toContain('First name: Awa');
    expect(en).toContain('Vocational training or apprenticeship');
    expect((await api.download(`${r()}/referral.pdf`, providerUser(PROVIDER))).status).toBe(403);
  });

  it('is accepted by the provider’s user, delivered, followed up and closed, each step in its timeline with when, who and what', async () => {
    await api.expect201(`${r()}/acceptance`, { startOn: day(7) }, providerUser(PROVIDER));
    await api.expect201(`${r()}/delivery`, { deliveredOn: day(), note: 'Finished the course' }, providerUser(PROVIDER));
    expect((await api.post(`${r()}/follow-ups`, { outcome: 'need_met', followedUpOn: day() }, providerUser(PROVIDER))).status).toBe(403);
    await api.expect201(`${r()}/follow-ups`, { outcome: 'need_met', followedUpOn: day(), notes: 'Works in a workshop' });
    await api.expect201(`${r()}/closure`, { reason: 'service_completed' }, SUPERVISOR_SN);
    const detail = await eventually(() => api.get(r()), (res) => res.body.status === 'closed');
    expect(detail.body.timeline.map((s: { event: string }) => s.event)).toEqual(['ReferralRequested', 'ReferralSent', 'ReferralAccepted', 'ServiceDelivered', 'ReferralFollowedUp', 'ReferralClosed']);
    expect(detail.body.timeline[0]).toMatchObject({ at: expect.any(String), by: { userId: 'cm-sn', role: 'case_manager' }, what: { serviceType: 'vocational_training', sourceKind: 'case_manager' }, note: 'Mornings only' });
    expect(detail.body.timeline[2]).toMatchObject({ by: { userId: `pu-${PROVIDER}`, role: 'service_provider' } });
    expect(detail.body.timeline[4]).toMatchObject({ what: { outcome: 'need_met' }, note: 'Works in a workshop' });
    // An auditor of every country reads it too; another country's case manager does not learn it exists.
    expect((await api.get(r(), AUDITOR)).status).toBe(200);
    expect((await api.get(r(), CM_GN)).body).toMatchObject({ statusCode: 404, code: 'CASE_NOT_FOUND' });
  });

  it('lists the office’s referrals by stage, by provider and by case, paged', async () => {
    const closed = await api.get('/referrals?status=closed');
    expect(closed.body.items.map((i: { referralId: string }) => i.referralId)).toContain(referralId);
    expect(closed.body.items.every((i: { status: string }) => i.status === 'closed')).toBe(true);
    const byProvider = await api.get(`/referrals?providerId=${OTHER_PROVIDER}`);
    expect(byProvider.body).toMatchObject({ total: 1, items: [expect.objectContaining({ providerId: OTHER_PROVIDER, status: 'requested' })] });
    const byCase = await api.get(`/referrals?caseId=${caseId}&limit=1`);
    expect(byCase.body).toMatchObject({ total: 2, limit: 1, offset: 0 });
    expect(byCase.body.items).toHaveLength(1);
    expect((await api.get(`/referrals?caseId=${caseId}&status=closed`)).body).toMatchObject({ statusCode: 400, code: 'ONE_LIST_FILTER' });
    expect((await api.get('/referrals', CM_GN)).body).toMatchObject({ total: 0 });
    expect(JSON.stringify(byCase.body)).not.toContain('Awa');
  });

  it('puts the next referral on hold when she withdraws her consent: the provider loses access and the case manager is told', async () => {
    const { referralId: next } = await api.expect201(`/cases/${caseId}/referrals`, { serviceType: 'vocational_training', providerId: PROVIDER });
    await api.expect201(`${r(next)}/sending`);
    await eventually(() => api.get(r(next), providerUser(PROVIDER)), (res) => res.status === 200);

    await cases.expect201(`/cases/${caseId}/consents/${referralConsentId}/withdrawal`, { withdrawnOn: day() }, CM_SN);
    await api.noted(caseId, referralConsentId, 'withdrawn');
    const held = await eventually(() => api.get(r(next), providerUser(PROVIDER)), (res) => res.status === 403);
    expect(held.body).toMatchObject({ statusCode: 403, code: 'REFERRAL_CONSENT_WITHDRAWN' });
    const inbox = await api.get('/inbox', providerUser(PROVIDER));
    const item = inbox.body.items.find((i: { referralId: string }) => i.referralId === next);
    expect(item).toMatchObject({ status: 'on_hold', withheld: 'REFERRAL_CONSENT_WITHDRAWN' });
    expect(item).not.toHaveProperty('shared');
    expect((await api.download(`${r(next)}/referral.pdf`)).status).toBe(403);

    const attention = await api.get('/referrals/needs-attention');
    expect(attention.body.items.map((i: { referralId: string }) => i.referralId)).toEqual([next]);
    expect(attention.body.items[0]).toMatchObject({ status: 'on_hold', heldAt: expect.any(String) });
    // The closed one stays closed; sending again is refused until a new consent.
    expect((await api.get(r())).body.status).toBe('closed');
    expect((await api.post(`${r(next)}/sending`)).body).toMatchObject({ statusCode: 409, code: 'REFERRAL_CONSENT_MISSING', reason: 'CONSENT_WITHDRAWN' });
  });
});
