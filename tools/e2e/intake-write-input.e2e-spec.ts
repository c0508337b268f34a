import type { RunningService } from '@homeward/platform';
import { caseWithEverything, day, forms, IntakeClient, startIntake, WRITE_ENDPOINTS, type CaseIds } from './intake-writes.scenario';

const NOT_A_UUID = 'not-a-uuid';

/** For each write, a form wrong in one way, and the field the 400 must name. */
const BAD_INPUT: Record<string, { body?: object; ids?: Partial<CaseIds>; field: string }> = {
  arrival: { body: { arrivalDate: '16/12/2026' }, field: 'arrivalDate' },
  transfer: { body: { ...forms.transfer(), toCaseManagerId: 'cm-moussa' }, field: 'toCaseManagerId' },
  assignment: { body: { caseManagerId: 'cm moussa' }, field: 'caseManagerId' },
  acceptance: { ids: { caseId: NOT_A_UUID }, field: 'caseId' },
  'return-circumstances': { body: { ...forms.returnCircumstances(), timeAbroadMonths: 1.5 }, field: 'timeAbroadMonths' },
  sessions: { body: { ...forms.schedule(), phase: 'during_the_flight' }, field: 'phase' },
  'sessions/:sessionId/start': { ids: { sessionId: NOT_A_UUID }, field: 'sessionId' },
  'steps/preparation': { body: { ...forms.preparation(), interpreter: { present: 'yes' } }, field: 'interpreter.present' },
  'steps/trust': { body: { notes: 42 }, field: 'notes' },
  'steps/process-and-consent': { body: { processExplained: true }, field: 'rightToRefuseExplained' },
  'steps/vulnerabilities': { body: { screened: 'true' }, field: 'screened' },
  'steps/plan-design': { body: { ...forms.planDesign(), goals: Array.from({ length: 21 }, (_, i) => `goal ${i}`) }, field: 'goals' },
  'steps/closing': { body: { summary: 'ok', nextSessionDate: 'next week' }, field: 'nextSessionDate' },
  'sessions/:sessionId/pause': { body: { reason: null }, field: 'reason' },
  'sessions/:sessionId/resume': { ids: { sessionId: NOT_A_UUID }, field: 'sessionId' },
  'sessions/:sessionId/continue-later': { body: { scheduledFor: day(2) }, field: 'scheduledFor' },
  'individual-factors': { body: { ...forms.factor(), factor: 'height' }, field: 'factor' },
  'vulnerability-screenings': { body: { ...forms.screening(), urgency: 'asap' }, field: 'urgency' },
  'urgent-needs/:needId/addressed': { ids: { needId: 'need-1' }, field: 'needId' },
  consents: { body: { ...forms.sharingConsent(), decision: 'refused' }, field: 'dataCategories' },
  'consents/:consentId/withdrawal': { body: { withdrawnOn: '2026-02-30' }, field: 'withdrawnOn' },
  disclosures: { body: forms.disclosure([]), field: 'dataCategories' },
  'identity-corrections': { body: { firstName: 'Aoua' }, field: 'reason' },
  'contact-details': { body: { email: 'not-an-email' }, field: 'email' },
  'family-members': { body: { ...forms.familyMember(), relationship: 'cousin' }, field: 'relationship' },
  'family-members/:memberId/departure': { ids: { memberId: 'member-1' }, field: 'memberId' },
};

describe('Intake writes refuse bad input with a 400 naming the field, and append nothing', () => {
  let intake: RunningService;
  let client: IntakeClient;
  let ids: CaseIds;

  beforeAll(async () => {
    intake = await startIntake();
    client = new IntakeClient(intake);
    ids = await caseWithEverything(client);
  });
  afterAll(() => intake?.close());

  type Answer = { status: number; headers: Record<string, string>; body: { errors?: Array<{ field: string }>; message?: string } };

  async function expect400(send: () => Promise<Answer>, field: string) {
    const before = await client.head();
    const res = await send();
    expect(res.status).toBe(400);
    expect(res.body.errors?.map((e) => e.field)).toContain(field);
    expect(res.body.message).toContain(field);
    expect(await client.head()).toBe(before);
    return res;
  }

  it('has a bad form for every write endpoint', () => {
    expect(Object.keys(BAD_INPUT).sort()).toEqual(WRITE_ENDPOINTS.map((e) => e.route).sort());
  });

  describe.each(WRITE_ENDPOINTS.map((e) => [e.route, e] as const))('POST %s', (route, endpoint) => {
    it('refuses the form wrong in one way', async () => {
      const bad = BAD_INPUT[route];
      await expect400(() => client.post(endpoint.path({ ...ids, ...bad.ids }), bad.body ?? endpoint.body?.(), endpoint.who), bad.field);
    });

    it('refuses a case id that is not a UUID', async () => {
      await expect400(() => client.post(endpoint.path({ ...ids, caseId: NOT_A_UUID }), endpoint.body?.(), endpoint.who), 'caseId');
    });

    if (endpoint.body) {
      it('refuses an unknown field', async () => {
        await expect400(() => client.post(endpoint.path(ids), { ...endpoint.body!(), caseId: ids.caseId }, endpoint.who), 'caseId');
      });
    }
  });

  describe('a consent form', () => {
    it('needs data categories when consent is given', async () => {
      const { dataCategories: _, ...form } = forms.assistanceConsent();
      await expect400(() => client.post(`/cases/${ids.caseId}/consents`, form), 'dataCategories');
    });

    it('takes a refusal without categories, and refuses unknown or repeated categories', async () => {
      const { dataCategories: _, ...form } = forms.assistanceConsent();
      expect((await client.post(`/cases/${ids.caseId}/consents`, { ...form, purpose: 'me_use', decision: 'refused' })).status).toBe(201);
      await expect400(() => client.post(`/cases/${ids.caseId}/consents`, { ...form, dataCategories: ['identity', 'religion'] }), 'dataCategories');
      await expect400(() => client.post(`/cases/${ids.caseId}/consents`, { ...form, dataCategories: ['identity', 'identity'] }), 'dataCategories');
    });

    it('names nested fields of the recipient and the witness', async () => {
      const form = forms.sharingConsent();
      await expect400(() => client.post(`/cases/${ids.caseId}/consents`, { ...form, recipient: { recipientId: 'sp-clinic' } }), 'recipient.name');
      await expect400(() => client.post(`/cases/${ids.caseId}/consents`, { ...form, witness: { role: 'notary', name: 'X' } }), 'witness.role');
      await expect400(() => client.post(`/cases/${ids.caseId}/consents`, { ...form, language: 'French' }), 'language');
    });
  });

  it('documents every write in the OpenAPI document', async () => {
    const { default: request } = await import('supertest');
    const { paths } = (await request(intake.app.getHttpServer()).get('/docs-json')).body;
    const template = { caseId: '{caseId}', sessionId: '{sessionId}', needId: '{needId}', consentId: '{consentId}', memberId: '{memberId}' };
    for (const endpoint of WRITE_ENDPOINTS) expect(paths[endpoint.path(template)]?.post?.responses?.['201']).toBeDefined();
  });

  it('refuses a body that is not JSON, naming the body', async () => {
    const before = await client.head();
    const res = await client.post(`/cases/${ids.caseId}/arrival`, '{"arrivalDate":', {}, { 'Content-Type': 'application/json' });
    expect(res.status).toBe(400);
    expect(res.body.errors[0].field).toBe('body');
    expect(await client.head()).toBe(before);
  });

  it('refuses a missing body where a form is needed', async () => {
    await expect400(() => client.post(`/cases/${ids.caseId}/individual-factors`), 'factor');
  });

  it('answers in French with Accept-Language: fr, still naming the field', async () => {
    const res = await expect400(
      () => client.post(`/cases/${ids.caseId}/arrival`, { arrivalDate: '16/12/2026' }, {}, { 'Accept-Language': 'fr' }),
      'arrivalDate',
    );
    if (res.headers['content-language'] !== undefined) expect(res.headers['content-language']).toBe('fr');
  });

  it('checks the form before the case: an unknown case with a bad form is a 400, with a good one a 404', async () => {
    const unknown = { ...ids, caseId: '01a20864-9dce-701c-9b45-c16697a4e9a3' };
    await expect400(() => client.post(`/cases/${unknown.caseId}/arrival`, { arrivalDate: 'yesterday' }), 'arrivalDate');
    const res = await client.post(`/cases/${unknown.caseId}/arrival`, forms.arrival());
    expect(res.status).toBe(404);
    expect(res.body.code).toBe('CASE_NOT_FOUND');
  });
});
