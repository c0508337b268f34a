import type { RunningService } from '@homeward/platform';
import { aReturnee, day, forms, IntakeClient, startIntake } from './intake-writes.scenario';

describe('Intake: consent and disclosures over HTTP', () => {
  let intake: RunningService;
  let client: IntakeClient;

  beforeAll(async () => {
    intake = await startIntake();
    client = new IntakeClient(intake);
  });
  afterAll(() => intake?.close());

  describe('POST /cases/:caseId/consents and /withdrawal', () => {
    it('records a signed consent with its recipient, categories, form, language and witness', async () => {
      const caseId = await client.openCase();
      const res = await client.post(`/cases/${caseId}/consents`, forms.sharingConsent());
      expect(res.status).toBe(201);
      expect(res.body.events).toEqual(['intake.ConsentGiven']);
      expect((await client.history(caseId)).at(-1)!.data).toMatchObject({
        consentId: res.body.consentId,
        purpose: 'data_sharing',
        recipient: { recipientId: 'sp-clinic', name: 'Clinique de Thiès' },
        dataCategories: ['identity', 'health'],
        decidedOn: day(),
        formVersion: 'v2024.1',
        language: 'fr',
        witnessRole: 'interpreter',
        personal: { witnessName: 'Fatou Ndiaye' },
      });
    });

    it('records a refusal of assistance', async () => {
      const caseId = await client.openCase();
      const { dataCategories: _, ...form } = forms.assistanceConsent();
      const res = await client.post(`/cases/${caseId}/consents`, { ...form, decision: 'refused' });
      expect(res.status).toBe(201);
      expect(res.body.events).toEqual(['intake.ConsentRefused']);
    });

    it.each([
      ['sharing without a recipient', { ...forms.sharingConsent(), recipient: undefined }, 400, 'RECIPIENT_REQUIRED'],
      ['a form dated tomorrow', { ...forms.assistanceConsent(), decidedOn: day(1) }, 400, 'FACT_IN_FUTURE'],
      ['a form dated before registration', { ...forms.assistanceConsent(), decidedOn: day(-1) }, 400, 'BEFORE_REGISTRATION'],
    ])('refuses %s, appending nothing', async (_label, form, status, code) => {
      const caseId = await client.openCase();
      const before = await client.head();
      const res = await client.post(`/cases/${caseId}/consents`, form);
      expect(res.status).toBe(status);
      expect(res.body.code).toBe(code);
      expect(await client.head()).toBe(before);
    });

    it('withdraws a consent once; an unknown consent is a 404', async () => {
      const caseId = await client.openCase();
      const consentId = await client.consent(caseId);
      const res = await client.post(`/cases/${caseId}/consents/${consentId}/withdrawal`, forms.withdrawal());
      expect(res.status).toBe(201);
      expect((await client.history(caseId)).at(-1)).toMatchObject({ type: 'intake.ConsentWithdrawn', data: { consentId, withdrawnOn: day(), personal: { reason: 'Changed her mind' } } });
      expect((await client.post(`/cases/${caseId}/consents/${consentId}/withdrawal`, forms.withdrawal())).body.code).toBe('CONSENT_NOT_ACTIVE');
      const unknown = await client.post(`/cases/${caseId}/consents/01a20864-9dce-701c-9b45-c16697a4e9a3/withdrawal`, forms.withdrawal());
      expect(unknown.status).toBe(404);
    });
  });

  describe('POST /cases/:caseId/disclosures', () => {
    async function caseWithHealthData(returnee = aReturnee()) {
      const caseId = await client.openCase({}, returnee);
      await client.consent(caseId);
      await client.expect201(`/cases/${caseId}/individual-factors`, forms.factor());
      await client.expect201(`/cases/${caseId}/individual-factors`, { factor: 'health_and_wellbeing', assessment: 'vulnerability', note: 'Diabetes' });
      await client.expect201(`/cases/${caseId}/vulnerability-screenings`, { area: 'physical_health', urgency: 'routine', details: 'Insulin' });
      const sharingId = await client.consent(caseId, forms.sharingConsent(['identity', 'health']));
      return { caseId, sharingId };
    }

    it('records the disclosure with its consent and hands over the consented categories only', async () => {
      const returnee = aReturnee();
      const { caseId, sharingId } = await caseWithHealthData(returnee);
      const res = await client.post(`/cases/${caseId}/disclosures`, forms.disclosure(['identity', 'health']));
      expect(res.status).toBe(201);
      expect(res.body.consentIds).toEqual([sharingId]);
      expect(Object.keys(res.body.data).sort()).toEqual(['health', 'identity']);
      const { firstName, lastName, dateOfBirth, sex, nationality } = returnee;
      expect(res.body.data.identity).toEqual({ firstName, lastName, dateOfBirth, sex, nationality });
      expect(res.body.data.health.factors).toEqual([expect.objectContaining({ factor: 'health_and_wellbeing', note: 'Diabetes' })]);
      expect(res.body.data.health.screenings).toEqual([expect.objectContaining({ area: 'physical_health', details: 'Insulin' })]);
      expect(JSON.stringify(res.body.data)).not.toContain('tailor');
      expect((await client.history(caseId)).at(-1)).toMatchObject({
        type: 'intake.PersonalDataShared',
        data: { recipientId: 'sp-clinic', dataCategories: ['identity', 'health'], consentIds: [sharingId] },
      });
    });

    it.each([
      ['a category the consent does not cover', forms.disclosure(['identity', 'contact'])],
      ['another recipient', { ...forms.disclosure(), recipientId: 'sp-other' }],
    ])('refuses %s (403 SHARING_NOT_CONSENTED), appending nothing', async (_label, form) => {
      const { caseId } = await caseWithHealthData();
      const before = await client.head();
      const res = await client.post(`/cases/${caseId}/disclosures`, form);
      expect(res.status).toBe(403);
      expect(res.body.code).toBe('SHARING_NOT_CONSENTED');
      expect(res.body.data).toBeUndefined();
      expect(await client.head()).toBe(before);
    });

    it('shares nothing after the consent is withdrawn', async () => {
      const { caseId, sharingId } = await caseWithHealthData();
      await client.expect201(`/cases/${caseId}/disclosures`, forms.disclosure());
      await client.expect201(`/cases/${caseId}/consents/${sharingId}/withdrawal`, forms.withdrawal());
      const before = await client.head();
      const res = await client.post(`/cases/${caseId}/disclosures`, forms.disclosure());
      expect(res.status).toBe(403);
      expect(res.body).toMatchObject({ code: 'SHARING_NOT_CONSENTED', reason: 'CONSENT_WITHDRAWN' });
      expect(await client.head()).toBe(before);
    });
  });
});
