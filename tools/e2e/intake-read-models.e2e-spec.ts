import request from 'supertest';
import { decideCase, evolveCase, initialCaseState, type CaseCommand } from '@homeward/domain';
import { caseStreamId, handleCommand, InProcessBroker, uuidv7 } from '@homeward/events';
import type { Principal, RunningService } from '@homeward/platform';
import type { CaseloadItem } from '../../apps/intake/src/caseload/caseload.query';
import { intakeService } from '../../apps/intake/src/intake.module';
import { tokenFor } from '../testing/test-auth';
import { eventually, startTestService } from '../testing/test-services';

const rabat: Principal = { userId: 'cm-rabat', role: 'case_manager', countries: ['MA'] };
const rabatColleague: Principal = { userId: 'cm-rabat-2', role: 'case_manager', countries: ['MA'] };
const lagos: Principal = { userId: 'cm-lagos', role: 'case_manager', countries: ['NG'] };
const rabatSupervisor: Principal = { userId: 'sup-rabat', role: 'supervisor', countries: ['MA'] };
const dakar: Principal = { userId: 'cm-dakar', role: 'case_manager', countries: ['SN'] };
const auditor: Principal = { userId: 'aud-1', role: 'auditor', countries: ['*'] };
const meOfficer: Principal = { userId: 'me-1', role: 'me_officer', countries: ['SN'] };
const provider: Principal = { userId: 'sp-clinic', role: 'service_provider', countries: ['MA'] };
const analyst: Principal = { userId: 'da-1', role: 'data_analyst', countries: ['*'] };

/** A surname no other test run has used: registering the same person twice is refused. */
const unique = () => `Sow${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
const today = () => new Date().toISOString().slice(0, 10);
const HEALTH_NOTE = 'insulin-dependent diabetes';
const SCREENING_DETAILS = 'suicidal thoughts since detention';

describe('Embedded mode: intake read models and who may read them', () => {
  let intake: RunningService;
  beforeAll(async () => {
    intake = await startTestService('intake', intakeService, { mode: 'embedded', sharedBroker: new InProcessBroker() });
  });
  afterAll(() => intake?.close());

  const get = async (path: string, who: Principal) => request(intake.app.getHttpServer()).get(path).set('Authorization', `Bearer ${await tokenFor(who)}`);
  const until = (path: string, who: Principal, ok: (body: any) => boolean) => eventually(() => get(path, who), (res) => res.status === 200 && ok(res.body), 15000);

  async function register(lastName: string, who: Principal = rabat): Promise<string> {
    const body = { firstName: 'Mariama', lastName, dateOfBirth: '1990-04-12', sex: 'female', nationality: 'SN', languages: ['fr'], hostCountry: 'MA', countryOfOrigin: 'SN', plannedReturnDate: '2026-12-15' };
    const res = await request(intake.app.getHttpServer()).post('/returnees').set('Authorization', `Bearer ${await tokenFor(who)}`).send(body);
    expect(res.status).toBe(201);
    return res.body.caseId;
  }

  /** Facts other than registration go through the domain directly: this suite tests reads, not write endpoints. */
  async function act(caseId: string, type: CaseCommand['type'], data: object, who: Principal = rabat, country = 'MA') {
    const now = new Date().toISOString();
    const command = { type, data: { caseId, ...data }, metadata: { now, userId: who.userId } } as CaseCommand;
    await handleCommand(intake.infra.store, caseStreamId(caseId), { initialState: initialCaseState, evolve: evolveCase, decide: decideCase }, command, {
      occurredAt: now,
      actor: { userId: who.userId, role: who.role },
      country,
      correlationId: 'e2e-read-models',
    });
    intake.infra.appended();
  }

  describe('a case with sensitive findings, held in Rabat', () => {
    const surname = unique();
    let caseId: string;
    let sharingConsent: string;
    let needId: string;

    beforeAll(async () => {
      caseId = await register(surname);
      sharingConsent = uuidv7();
      needId = uuidv7();
      const form = { decidedOn: today(), formVersion: 'v3', language: 'fr' };
      await act(caseId, 'GiveConsent', { consentId: uuidv7(), purpose: 'assistance', dataCategories: ['case_summary'], ...form });
      await act(caseId, 'AssessIndividualFactor', { factor: 'health_and_wellbeing', assessment: 'vulnerability', note: HEALTH_NOTE });
      await act(caseId, 'AssessIndividualFactor', { factor: 'skills_and_knowledge', assessment: 'capacity', note: 'trained tailor' });
      await act(caseId, 'RecordVulnerabilityScreening', { screeningId: uuidv7(), needId, area: 'mental_health', urgency: 'life_threatening', details: SCREENING_DETAILS });
      await act(caseId, 'GiveConsent', { consentId: sharingConsent, purpose: 'data_sharing', recipient: { recipientId: 'p-clinic', name: 'Clinique' }, dataCategories: ['contact'], ...form });
      const ready = await until(`/cases/${caseId}`, auditor, (file) => file.consents?.length === 2 && file.sensitive?.screenings.length === 1);
      expect(ready.status).toBe(200);
    });

    it('gives the file with its sensitive parts to the case’s own case manager, the office supervisor and an auditor', async () => {
      for (const who of [rabat, rabatSupervisor, auditor]) {
        const res = await get(`/cases/${caseId}`, who);
        expect(res.status).toBe(200);
        expect(res.body).toMatchObject({ sensitiveWithheld: false, case: { office: 'MA', caseManagerId: 'cm-rabat', status: 'open' }, returnee: { lastName: surname } });
        expect(res.body.sensitive.individualFactors.current).toEqual([expect.objectContaining({ factor: 'health_and_wellbeing', note: HEALTH_NOTE, assessedBy: 'cm-rabat' })]);
        expect(res.body.sensitive.screenings).toEqual([expect.objectContaining({ area: 'mental_health', details: SCREENING_DETAILS })]);
      }
    });

    it('refuses the file to an M&E officer until the returnee consents to M&E use', async () => {
      const refused = await get(`/cases/${caseId}`, meOfficer);
      expect(refused.status).toBe(403);
      expect(refused.body.code).toBe('ME_USE_NOT_CONSENTED');
      await act(caseId, 'GiveConsent', { consentId: uuidv7(), purpose: 'me_use', dataCategories: ['case_summary'], decidedOn: today(), formVersion: 'v3', language: 'fr' });
      expect((await until(`/cases/${caseId}`, meOfficer, () => true)).status).toBe(200);
    });

    it('gives another case manager of the same office, and an M&E officer, the file without the sensitive parts', async () => {
      for (const who of [rabatColleague, meOfficer]) {
        const res = await get(`/cases/${caseId}`, who);
        expect(res.status).toBe(200);
        expect(res.body.sensitiveWithheld).toBe(true);
        expect(res.body.sensitive).toBeUndefined();
        expect(res.body.individualFactors.current.map((f: { factor: string }) => f.factor)).toEqual(['skills_and_knowledge']);
        // The urgent need stays (its service is what anyone on duty acts on); the finding behind it does not.
        expect(JSON.stringify(res.body)).not.toMatch(new RegExp(`${HEALTH_NOTE}|${SCREENING_DETAILS}|health_and_wellbeing|"area":"mental_health"`));
        expect(res.body.urgentNeeds).toEqual([expect.objectContaining({ needId, status: 'open' })]);
      }
    });

    it('redacts the individual factors the same way', async () => {
      const own = await get(`/cases/${caseId}/individual-factors`, rabat);
      expect(own.body.current.map((f: { factor: string }) => f.factor)).toEqual(['health_and_wellbeing', 'skills_and_knowledge']);
      expect(own.body.history).toHaveLength(2);
      const colleague = await get(`/cases/${caseId}/individual-factors`, rabatColleague);
      expect(colleague.body).toEqual({ current: [expect.objectContaining({ factor: 'skills_and_knowledge' })], history: [expect.objectContaining({ factor: 'skills_and_knowledge' })], sensitiveWithheld: true });
    });

    it('refuses a service provider and a data analyst (403), and a case manager of another country (403 OUT_OF_COUNTRY_SCOPE)', async () => {
      expect((await get(`/cases/${caseId}`, provider)).status).toBe(403);
      expect((await get(`/cases/${caseId}`, analyst)).status).toBe(403);
      expect((await get(`/cases/${caseId}/individual-factors`, provider)).status).toBe(403);
      const elsewhere = await get(`/cases/${caseId}`, lagos);
      expect(elsewhere.status).toBe(403);
      expect(elsewhere.body.code).toBe('OUT_OF_COUNTRY_SCOPE');
    });

    it('answers 404 for an unknown case and 400 naming caseId for a malformed one', async () => {
      const unknown = await get(`/cases/${uuidv7()}`, auditor);
      expect(unknown.status).toBe(404);
      expect(unknown.body.code).toBe('CASE_NOT_FOUND');
      const bad = await get('/cases/not-a-uuid/individual-factors', auditor);
      expect(bad.status).toBe(400);
      expect(bad.body.errors[0].field).toBe('caseId');
    });

    it('lists the case in its case manager’s caseload, and refuses them someone else’s', async () => {
      const own = await until('/caseload', rabat, (page) => page.items.some((c: CaseloadItem) => c.caseId === caseId && c.openUrgentNeeds === 1));
      expect(own.body.items.every((c: { caseManagerId: string }) => c.caseManagerId === 'cm-rabat')).toBe(true);
      expect(own.body.items.find((c: { caseId: string }) => c.caseId === caseId)).toMatchObject({ returneeName: `Mariama ${surname}`, office: 'MA', status: 'open' });
      const theirs = await get('/caseload?caseManagerId=cm-rabat-2', rabat);
      expect(theirs.status).toBe(403);
      const supervised = await get('/caseload?caseManagerId=cm-rabat&limit=200', rabatSupervisor);
      expect(supervised.body.items.map((c: { caseId: string }) => c.caseId)).toContain(caseId);
      expect((await get('/caseload', lagos)).body.items).toEqual([]);
      expect((await get('/caseload', meOfficer)).status).toBe(403);
    });

    it.each([
      ['/caseload?limit=500', 'limit'],
      ['/caseload?limit=abc', 'limit'],
      ['/caseload?offset=-1', 'offset'],
      ['/caseload?unknown=1', 'unknown'],
    ])('refuses bad paging %s with a 400 naming %s', async (path, field) => {
      const res = await get(path, rabatSupervisor);
      expect(res.status).toBe(400);
      expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    });

    it('shows the life-threatening need in the urgent cases of Rabat only, until it is addressed', async () => {
      const listed = await until('/urgent-cases', rabatSupervisor, (list) => list.some((n: { needId: string }) => n.needId === needId));
      expect(listed.body.find((n: { needId: string }) => n.needId === needId)).toMatchObject({ caseId, urgency: 'life_threatening', serviceNeeded: 'mental_health', office: 'MA', caseManagerId: 'cm-rabat', returneeName: `Mariama ${surname}` });
      expect(listed.body[0].urgency).toBe('life_threatening');
      expect((await get('/urgent-cases', lagos)).body.some((n: { caseId: string }) => n.caseId === caseId)).toBe(false);
      expect((await get('/urgent-cases', provider)).status).toBe(403);
      await act(caseId, 'MarkUrgentNeedAddressed', { needId });
      const after = await until('/urgent-cases', rabatSupervisor, (list) => !list.some((n: { needId: string }) => n.needId === needId));
      expect(after.body.some((n: { needId: string }) => n.needId === needId)).toBe(false);
    });

    it('finds the returnee by name within the caller’s countries only', async () => {
      const found = await until(`/returnees?name=${surname}%20mariama`, rabat, (list) => list.length === 1);
      expect(found.body).toEqual([{ caseId, returneeId: expect.any(String), firstName: 'Mariama', lastName: surname, dateOfBirth: '1990-04-12', nationality: 'SN', office: 'MA' }]);
      expect((await get(`/returnees?name=${surname}&dateOfBirth=1990-04-12`, meOfficer)).status).toBe(403);
      expect((await get(`/returnees?name=${surname}`, lagos)).body).toEqual([]);
      expect((await get(`/returnees?name=${surname}`, analyst)).status).toBe(403);
      expect((await get(`/returnees?name=${surname}&dateOfBirth=1991-01-01`, auditor)).body).toEqual([]);
    });

    it.each([
      ['/returnees', 'name'],
      ['/returnees?name=a', 'name'],
      ['/returnees?dateOfBirth=12-04-1990', 'dateOfBirth'],
    ])('refuses a bad search %s with a 400 naming %s', async (path, field) => {
      const res = await get(path, rabat);
      expect(res.status).toBe(400);
      expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    });

    it('lists the consents to those who may read the case, not to a provider', async () => {
      const res = await get(`/cases/${caseId}/consents`, rabatColleague);
      expect(res.body.map((r: { purpose: string }) => r.purpose)).toEqual(['assistance', 'data_sharing', 'me_use']);
      expect((await get(`/cases/${caseId}/consents`, provider)).status).toBe(403);
      expect((await get(`/cases/${caseId}/consents`, lagos)).status).toBe(403);
    });

    it('answers a provider’s consent check: allowed, then withdrawn once the returnee withdraws', async () => {
      const check = `/consent-register/check?caseId=${caseId}&purpose=data_sharing&recipientId=p-clinic&dataCategory=contact`;
      expect((await get(check, provider)).body).toEqual({ allowed: true, consentId: sharingConsent });
      expect((await get(`${check.replace('contact', 'health')}`, provider)).body).toMatchObject({ allowed: false, reason: 'CATEGORY_NOT_COVERED' });
      expect((await get(check, analyst)).status).toBe(403);
      await act(caseId, 'WithdrawConsent', { consentId: sharingConsent, withdrawnOn: today() });
      const withdrawn = await until(check, provider, (answer) => answer.allowed === false);
      expect(withdrawn.body).toEqual({ allowed: false, reason: 'CONSENT_WITHDRAWN', consentId: sharingConsent });
    });

    it('answers NO_CONSENT for an unknown case, and 400 naming the field for a bad question', async () => {
      expect((await get(`/consent-register/check?caseId=${uuidv7()}&purpose=referral`, provider)).body).toEqual({ allowed: false, reason: 'NO_CONSENT' });
      for (const [query, field] of [
        [`caseId=nope&purpose=referral`, 'caseId'],
        [`caseId=${caseId}&purpose=gossip`, 'purpose'],
        [`caseId=${caseId}&purpose=referral&dataCategory=bank`, 'dataCategory'],
        [`caseId=${caseId}&purpose=referral&on=2026-02-30`, 'on'],
        [`purpose=referral`, 'caseId'],
      ]) {
        const res = await get(`/consent-register/check?${query}`, provider);
        expect(res.status).toBe(400);
        expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
      }
    });

    it('lets an auditor read but not write', async () => {
      const res = await request(intake.app.getHttpServer())
        .post('/returnees')
        .set('Authorization', `Bearer ${await tokenFor(auditor)}`)
        .send({ firstName: 'Ada', lastName: unique(), dateOfBirth: '1990-01-01', sex: 'female', nationality: 'SN', languages: ['fr'], hostCountry: 'MA', countryOfOrigin: 'SN', plannedReturnDate: '2026-12-15' });
      expect(res.status).toBe(403);
    });
  });

  describe('a case transferred from Rabat to Dakar', () => {
    const surname = unique();
    let caseId: string;

    beforeAll(async () => {
      caseId = await register(surname);
      await act(caseId, 'GiveConsent', { consentId: uuidv7(), purpose: 'assistance', dataCategories: ['case_summary'], decidedOn: today(), formVersion: 'v3', language: 'fr' });
      await act(caseId, 'AssessIndividualFactor', { factor: 'disability', assessment: 'vulnerability', note: 'hearing loss' });
      await act(caseId, 'RecordArrival', { arrivalDate: today() });
      await act(caseId, 'TransferCase', { toCaseManagerId: 'cm-dakar', handoverNote: 'Prefers morning calls' });
      await until(`/cases/${caseId}`, auditor, (file) => file.case.office === 'SN');
    });

    it('moves office and case manager in the case file: the new case manager sees the sensitive parts, the old one no longer', async () => {
      const theirs = await get(`/cases/${caseId}`, dakar);
      expect(theirs.body).toMatchObject({ sensitiveWithheld: false, case: { office: 'SN', caseManagerId: 'cm-dakar', transfer: { fromCountry: 'MA', handoverNote: 'Prefers morning calls' } } });
      const former = await get(`/cases/${caseId}`, rabat);
      expect(former.status).toBe(200);
      expect(former.body.sensitiveWithheld).toBe(true);
    });

    it('moves the case to the Dakar caseload and the search index office', async () => {
      const caseload = await until('/caseload', dakar, (page) => page.items.some((c: { caseId: string }) => c.caseId === caseId));
      expect(caseload.body.items.find((c: { caseId: string }) => c.caseId === caseId)).toMatchObject({ office: 'SN', caseManagerId: 'cm-dakar', arrivalDate: today() });
      expect((await get('/caseload', rabat)).body.items.some((c: { caseId: string }) => c.caseId === caseId)).toBe(false);
      const found = await until(`/returnees?name=${surname}`, dakar, (list) => list.length === 1);
      expect(found.body[0].office).toBe('SN');
    });
  });
});
