import type { Principal, RunningService } from '@homeward/platform';
import { aReturnee, caseWithEverything, day, forms, IntakeClient, startIntake, SUPERVISOR, WRITE_ENDPOINTS, type CaseIds } from './intake-writes.scenario';

const MOROCCO: Partial<Principal> = { userId: 'cm-awa', role: 'case_manager', countries: ['MA'] };
const SENEGAL: Partial<Principal> = { userId: 'cm-moussa', role: 'case_manager', countries: ['SN'] };

describe('Intake: arrival, transfer and return circumstances over HTTP', () => {
  let intake: RunningService;
  let client: IntakeClient;

  beforeAll(async () => {
    intake = await startIntake();
    client = new IntakeClient(intake);
  });
  afterAll(() => intake?.close());

  describe('POST /cases/:caseId/arrival', () => {
    it('records the actual return date', async () => {
      const caseId = await client.openCase();
      const res = await client.post(`/cases/${caseId}/arrival`, forms.arrival());
      expect(res.status).toBe(201);
      expect(res.body).toEqual({ caseId, streamVersion: 3, events: ['intake.ReturneeArrived'] });
      const arrived = (await client.history(caseId)).at(-1)!;
      expect(arrived.data).toMatchObject({ arrivalDate: day(), countryOfOrigin: 'SN' });
    });

    it.each([
      ['before registration', day(-1), 'BEFORE_REGISTRATION'],
      ['in the future', day(1), 'FACT_IN_FUTURE'],
    ])('refuses an arrival %s (400, the domain says why) and appends nothing', async (_label, arrivalDate, code) => {
      const caseId = await client.openCase();
      const before = await client.head();
      const res = await client.post(`/cases/${caseId}/arrival`, { arrivalDate });
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({ code, errors: [{ field: 'arrivalDate' }] });
      expect(await client.head()).toBe(before);
    });

    it('refuses a second arrival (409 ALREADY_ARRIVED)', async () => {
      const caseId = await client.openCase();
      await client.expect201(`/cases/${caseId}/arrival`, forms.arrival());
      const res = await client.post(`/cases/${caseId}/arrival`, forms.arrival());
      expect(res.status).toBe(409);
      expect(res.body.code).toBe('ALREADY_ARRIVED');
    });
  });

  describe('POST /cases/:caseId/return-circumstances', () => {
    it('records time abroad, return type, detention, preparedness and documents; notes stay personal', async () => {
      const caseId = await client.openCase();
      const res = await client.post(`/cases/${caseId}/return-circumstances`, { ...forms.returnCircumstances(), notes: 'Lost her id card' });
      expect(res.status).toBe(201);
      expect(res.body.events).toEqual(['intake.ReturnCircumstancesRecorded']);
      const { data } = (await client.history(caseId)).at(-1)!;
      expect(data).toMatchObject({ timeAbroadMonths: 30, returnType: 'voluntary', detained: true, detentionDays: 12, documentsHeld: ['passport'] });
      expect(data.personal).toEqual({ notes: 'Lost her id card' });
    });

    it('leaves detention days to a returnee who was detained (400 OUT_OF_RANGE)', async () => {
      const caseId = await client.openCase();
      const res = await client.post(`/cases/${caseId}/return-circumstances`, { ...forms.returnCircumstances(), detained: false });
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({ code: 'OUT_OF_RANGE', errors: [{ field: 'detentionDays' }] });
    });

    it('refuses a document that is not on the list, naming the field', async () => {
      const caseId = await client.openCase();
      const res = await client.post(`/cases/${caseId}/return-circumstances`, { ...forms.returnCircumstances(), documentsHeld: ['passport', 'library_card'] });
      expect(res.status).toBe(400);
      expect(res.body.errors.map((e: { field: string }) => e.field)).toContain('documentsHeld');
    });
  });

  describe('POST /cases/:caseId/transfer', () => {
    it('moves the case to the origin office: the sending office loses write access, the receiving one gains it', async () => {
      const caseId = await client.openCase(MOROCCO);
      const res = await client.post(`/cases/${caseId}/transfer`, forms.transfer(), MOROCCO);
      expect(res.status).toBe(201);
      expect(res.body.events).toEqual(['intake.CaseTransferred']);
      // Recorded by the office that hands over; what follows is the receiving office's.
      const transferred = (await client.history(caseId)).at(-1)!;
      expect(transferred).toMatchObject({ country: 'MA', schemaVersion: 2, data: { fromCountry: 'MA', toCountry: 'SN', fromCaseManagerId: 'cm-awa', personal: { handoverNote: forms.transfer().handoverNote } } });
      expect(transferred.data).not.toHaveProperty('toCaseManagerId');

      const before = await client.head();
      const refused = await client.post(`/cases/${caseId}/arrival`, forms.arrival(), MOROCCO);
      expect(refused.status).toBe(403);
      expect(refused.body.code).toBe('NOT_CASE_OFFICE');
      expect(await client.head()).toBe(before);

      const written = await client.post(`/cases/${caseId}/arrival`, forms.arrival(), SENEGAL);
      expect(written.status).toBe(201);
      expect((await client.history(caseId)).at(-1)).toMatchObject({ type: 'intake.ReturneeArrived', actor: { userId: 'cm-moussa' }, country: 'SN' });
    });

    it('keeps the origin office out before the transfer (403 NOT_CASE_OFFICE)', async () => {
      const caseId = await client.openCase(MOROCCO);
      const res = await client.post(`/cases/${caseId}/return-circumstances`, forms.returnCircumstances(), SENEGAL);
      expect(res.status).toBe(403);
      expect(res.body.code).toBe('NOT_CASE_OFFICE');
    });

    it('transfers once (409 ALREADY_TRANSFERRED)', async () => {
      const caseId = await client.openCase();
      await client.expect201(`/cases/${caseId}/transfer`, forms.transfer());
      const res = await client.post(`/cases/${caseId}/transfer`, forms.transfer(), SUPERVISOR);
      expect(res.status).toBe(409);
      expect(res.body.code).toBe('ALREADY_TRANSFERRED');
    });
  });

  describe('POST /cases/:caseId/family-members and …/departure', () => {
    it('adds a family member to the case, and refuses an unknown one leaving', async () => {
      const caseId = await client.openCase();
      const res = await client.post(`/cases/${caseId}/family-members`, forms.familyMember());
      expect(res.status).toBe(201);
      expect((await client.history(caseId)).at(-1)).toMatchObject({ type: 'intake.FamilyMemberJoined', data: { memberId: res.body.memberId, personal: { member: { firstName: 'Khady' } } } });
      const unknown = await client.post(`/cases/${caseId}/family-members/01a20000-0000-7000-8000-000000000000/departure`, forms.departure());
      expect(unknown.status).toBe(404);
      expect(unknown.body.code).toBe('FAMILY_MEMBER_NOT_FOUND');
    });

    it('flags a child left without an adult the moment the last adult leaves the case', async () => {
      const child = { ...aReturnee(), dateOfBirth: day(-15 * 366), familyMembers: [{ relationship: 'parent', firstName: 'Aminata', lastName: 'Diallo', dateOfBirth: '1985-01-01', sex: 'female' }] };
      const caseId = await client.openCase({}, child);
      const [parent] = (await client.history(caseId))[0].data.personal!.familyMembers as Array<{ memberId: string }>;
      const res = await client.post(`/cases/${caseId}/family-members/${parent.memberId}/departure`, forms.departure());
      expect(res.status).toBe(201);
      expect(res.body.events).toEqual(['intake.FamilyMemberLeft', 'intake.VulnerabilityScreened', 'intake.UrgentNeedIdentified']);
    });
  });

  describe('who may write', () => {
    let ids: CaseIds;
    beforeAll(async () => {
      ids = await caseWithEverything(client);
    });

    describe.each(['auditor', 'service_provider', 'data_analyst', 'me_officer'] as const)('a %s', (role) => {
      it.each(WRITE_ENDPOINTS.map((e) => [e.route, e] as const))('is refused POST %s (403), nothing appended', async (_route, endpoint) => {
        const before = await client.head();
        const res = await client.post(endpoint.path(ids), endpoint.body?.(), { userId: `${role}-1`, role, countries: ['*'] });
        expect(res.status).toBe(403);
        expect(await client.head()).toBe(before);
      });
    });

    it('lets a supervisor of the office write', async () => {
      const res = await client.post(`/cases/${ids.caseId}/individual-factors`, forms.factor(), { userId: 'sup-1', role: 'supervisor', countries: ['MA'] });
      expect(res.status).toBe(201);
      expect((await client.history(ids.caseId)).at(-1)!.actor).toEqual({ userId: 'sup-1', role: 'supervisor' });
    });

    it('refuses a request without a token (401)', async () => {
      const { default: request } = await import('supertest');
      expect((await request(intake.app.getHttpServer()).post(`/cases/${ids.caseId}/arrival`).send(forms.arrival())).status).toBe(401);
    });
  });
});
