import type { RunningService } from '@homeward/platform';
import { forms, IntakeClient, startIntake } from './intake-writes.scenario';

describe('Intake: individual factors, vulnerabilities and urgent needs over HTTP', () => {
  let intake: RunningService;
  let client: IntakeClient;

  beforeAll(async () => {
    intake = await startIntake();
    client = new IntakeClient(intake);
  });
  afterAll(() => intake?.close());

  describe('POST /cases/:caseId/individual-factors', () => {
    it('needs consent to assistance (409 CONSENT_REQUIRED, nothing appended), then records each assessment', async () => {
      const caseId = await client.openCase();
      const before = await client.head();
      const early = await client.post(`/cases/${caseId}/individual-factors`, forms.factor());
      expect(early.status).toBe(409);
      expect(early.body.code).toBe('CONSENT_REQUIRED');
      expect(await client.head()).toBe(before);

      await client.consent(caseId);
      expect((await client.post(`/cases/${caseId}/individual-factors`, forms.factor())).status).toBe(201);
      const changed = await client.post(`/cases/${caseId}/individual-factors`, { ...forms.factor(), assessment: 'neutral', note: 'Machines sold' });
      expect(changed.body.events).toEqual(['intake.IndividualFactorAssessed']);
      const assessed = (await client.history(caseId)).filter((e) => e.type === 'intake.IndividualFactorAssessed');
      expect(assessed.map((e) => e.data.personal)).toEqual([forms.factor(), { factor: 'skills_and_knowledge', assessment: 'neutral', note: 'Machines sold' }]);
    });
  });

  describe('POST /cases/:caseId/vulnerability-screenings', () => {
    it('records a routine finding under consent, without an urgent need', async () => {
      const caseId = await client.openCase();
      await client.consent(caseId);
      const res = await client.post(`/cases/${caseId}/vulnerability-screenings`, forms.screening());
      expect(res.status).toBe(201);
      expect(res.body.events).toEqual(['intake.VulnerabilityScreened']);
      expect(res.body.needId).toBeUndefined();
      expect((await client.history(caseId)).at(-1)!.data).toMatchObject({ screeningId: res.body.screeningId, urgency: 'routine', personal: { derived: false } });
    });

    it('records and escalates a life-threatening finding even without consent', async () => {
      const caseId = await client.openCase();
      const res = await client.post(`/cases/${caseId}/vulnerability-screenings`, { area: 'physical_health', urgency: 'life_threatening', details: 'Two days of insulin left' });
      expect(res.status).toBe(201);
      expect(res.body.events).toEqual(['intake.VulnerabilityScreened', 'intake.UrgentNeedIdentified']);
      const need = (await client.history(caseId)).at(-1)!;
      expect(need.data).toMatchObject({ needId: res.body.needId, screeningId: res.body.screeningId, serviceNeeded: 'medical', urgency: 'life_threatening', office: 'MA' });
    });

    it('needs consent for a finding that is urgent but not life-threatening (409)', async () => {
      const caseId = await client.openCase();
      const res = await client.post(`/cases/${caseId}/vulnerability-screenings`, { area: 'trafficking', urgency: 'urgent' });
      expect(res.status).toBe(409);
      expect(res.body.code).toBe('CONSENT_REQUIRED');
    });
  });

  describe('POST /cases/:caseId/urgent-needs/:needId/addressed', () => {
    it('marks an open need addressed once; an unknown need is a 404', async () => {
      const caseId = await client.openCase();
      const { needId } = await client.expect201(`/cases/${caseId}/vulnerability-screenings`, { area: 'mental_health', urgency: 'life_threatening' });
      const res = await client.post(`/cases/${caseId}/urgent-needs/${needId}/addressed`, forms.addressed());
      expect(res.status).toBe(201);
      expect((await client.history(caseId)).at(-1)!.data).toMatchObject({ needId, personal: { note: forms.addressed().note } });
      expect((await client.post(`/cases/${caseId}/urgent-needs/${needId}/addressed`, {})).body.code).toBe('URGENT_NEED_ALREADY_ADDRESSED');
      const unknown = await client.post(`/cases/${caseId}/urgent-needs/01a20864-9dce-701c-9b45-c16697a4e9a3/addressed`, {});
      expect(unknown.status).toBe(404);
      expect(unknown.body.code).toBe('URGENT_NEED_NOT_FOUND');
    });
  });
});
