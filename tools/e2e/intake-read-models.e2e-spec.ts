import request from 'supertest';
import type { CaseCommand } from '@homeward/domain';
import { InProcessBroker, uuidv7 } from '@homeward/events';
import type { Principal, RunningService } from '@homeward/platform';
import { CaseCommands, type CaseCommandInput } from '../../apps/intake/src/case-commands/case-commands';
import type { CaseloadItem } from '../../apps/intake/src/caseload/caseload.query';
import { intakeService } from '../../apps/intake/src/intake.module';
import { tokenFor } from '../testing/test-auth';
import { eventually, startTestService } from '../testing/test-services';

const rabat: Principal = { userId: 'cm-rabat', role: 'case_manager', countries: ['MA'] };
const rabatColleague: Principal = { userId: 'cm-rabat-2', role: 'case_manager', countries: ['MA'] };
const lagos: Principal = { userId: 'cm-lagos', role: 'case_manager', countries: ['NG'] };
const rabatSupervisor: Principal = { userId: 'sup-rabat', role: 'supervisor', countries: ['MA'] };
const dakar: Principal = { userId: 'cm-dakar', role: 'case_manager', countries: ['SN'] };
const dakarSupervisor: Principal = { userId: 'sup-dakar', role: 'supervisor', countries: ['SN'] };
const auditor: Principal = { userId: 'aud-1', role: 'auditor', countries: ['*'] };
const meOfficer: Principal = { userId: 'me-1', role: 'me_officer', countries: ['SN'] };
const provider: Principal = { userId: 'sp-clinic', role: 'service_provider', countries: ['MA'] };
const analyst: Principal = { userId: 'da-1', role: 'data_analyst', countries: ['*'] };

/** A surname no other test run has used: registering the same person twice is refused. */
const unique = () => `Sow${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
const today = () => new Date().toISOString().slice(0, 10);
const HEALTH_NOTE = 'insulin-dependent diabetes';
const SCREENING_DETAILS = 'suicidal thoughts since detention';
const STEP_NOTES = 'beaten by guards in Tripoli';
const NEED_NOTE = 'admitted to the psychiatric ward';

describe('Embedded mode: intake read models and who may read them', () => {
  let intake: RunningService;
  beforeAll(async () => {
    intake = await startTestService('intake', intakeService, { mode: 'embedded', sharedBroker: new InProcessBroker() });
  });
  afterAll(() => intake?.close());

  const get = async (path: string, who: Principal, language = 'en') =>
    request(intake.app.getHttpServer()).get(path).set('Authorization', `Bearer ${await tokenFor(who)}`).set('Accept-Language', language);
  const until = (path: string, who: Principal, ok: (body: any) => boolean) => eventually(() => get(path, who), (res) => res.status === 200 && ok(res.body), 15000);

  async function register(lastName: string, who: Principal = rabat): Promise<string> {
    const body = { firstName: 'Mariama', lastName, dateOfBirth: '1990-04-12', sex: 'female', nationality: 'SN', languages: ['fr'], hostCountry: 'MA', countryOfOrigin: 'SN', plannedReturnDate: '2026-12-15' };
    const res = await request(intake.app.getHttpServer()).post('/returnees').set('Authorization', `Bearer ${await tokenFor(who)}`).send(body);
    expect(res.status).toBe(201);
    return res.body.caseId;
  }

  /** Facts other than registration go through intake's command pipeline directly: this suite tests reads, not write endpoints. */
  async function act(caseId: string, type: CaseCommand['type'], data: object, who: Principal = rabat) {
    await intake.app.get(CaseCommands).handle(who, { type, data: { caseId, ...data } } as CaseCommandInput);
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
      // Until the referrals service directory issues organisation ids, a provider's user id is its recipient id.
      await act(caseId, 'GiveConsent', { consentId: sharingConsent, purpose: 'data_sharing', recipient: { recipientId: provider.userId, name: 'Clinique' }, dataCategories: ['contact'], ...form });
      const sessionId = uuidv7();
      await act(caseId, 'ScheduleSession', { sessionId, phase: 'pre_departure', scheduledFor: new Date().toISOString() });
      await act(caseId, 'StartSession', { sessionId });
      await act(caseId, 'RecordSessionStep', { sessionId, details: { step: 'vulnerabilities', screened: true, notes: STEP_NOTES } });
      const ready = await until(`/cases/${caseId}`, auditor, (file) => file.consents?.length === 2 && file.sensitive?.sessionSteps.length === 1);
      expect(ready.status).toBe(200);
    });

    it('gives the file with its sensitive parts to the case’s own case manager, the office supervisor and an auditor', async () => {
      for (const who of [rabat, rabatSupervisor, auditor]) {
        const res = await get(`/cases/${caseId}`, who);
        expect(res.status).toBe(200);
        expect(res.body).toMatchObject({ sensitiveWithheld: false, case: { office: 'MA', caseManagerId: 'cm-rabat', status: 'open' }, returnee: { lastName: surname } });
        expect(res.body.sensitive.individualFactors.current).toEqual([expect.objectContaining({ factor: 'health_and_wellbeing', note: HEALTH_NOTE, assessedBy: 'cm-rabat' })]);
        expect(res.body.sensitive.screenings).toEqual([expect.objectContaining({ area: 'mental_health', details: SCREENING_DETAILS })]);
        expect(res.body.sensitive.sessionSteps).toEqual([expect.objectContaining({ details: { step: 'vulnerabilities', screened: true, notes: STEP_NOTES } })]);
      }
    });

    it('refuses the file and the individual factors to an M&E officer, whatever the returnee consented to', async () => {
      await act(caseId, 'GiveConsent', { consentId: uuidv7(), purpose: 'me_use', dataCategories: ['case_summary'], decidedOn: today(), formVersion: 'v3', language: 'fr' });
      await until(`/cases/${caseId}`, auditor, (file) => file.consents.length === 3);
      for (const path of [`/cases/${caseId}`, `/cases/${caseId}/individual-factors`]) expect((await get(path, meOfficer)).status).toBe(403);
    });

    it('gives another case manager of the same office the file without the sensitive parts', async () => {
      const res = await get(`/cases/${caseId}`, rabatColleague);
      expect(res.status).toBe(200);
      expect(res.body.sensitiveWithheld).toBe(true);
      expect(res.body.sensitive).toBeUndefined();
      expect(res.body.individualFactors.current.map((f: { factor: string }) => f.factor)).toEqual(['skills_and_knowledge']);
      // That an urgent need exists and how urgent stays, for whoever is on duty; its kind and the finding behind it do not.
      expect(JSON.stringify(res.body)).not.toMatch(new RegExp(`${HEALTH_NOTE}|${SCREENING_DETAILS}|${STEP_NOTES}|trained tailor|health_and_wellbeing|mental_health|screeningId`));
      expect(res.body.urgentNeeds).toEqual([{ needId, status: 'open', urgency: 'life_threatening', identifiedAt: expect.any(String) }]);
      // The session shows that the vulnerabilities step was recorded, and when; not what was said.
      expect(res.body.sessions[0].steps).toEqual([{ eventId: expect.any(String), recordedAt: expect.any(String), step: 'vulnerabilities' }]);
    });

    it('redacts the individual factors the same way', async () => {
      const own = await get(`/cases/${caseId}/individual-factors`, rabat);
      expect(own.body.current.map((f: { factor: string; note: string }) => [f.factor, f.note])).toEqual([['health_and_wellbeing', HEALTH_NOTE], ['skills_and_knowledge', 'trained tailor']]);
      expect(own.body.history).toHaveLength(2);
      // The assessment of a factor that is not sensitive is for the office; what was written about it is free text, and is not.
      const colleague = await get(`/cases/${caseId}/individual-factors`, rabatColleague);
      expect(colleague.body).toEqual({ current: [expect.objectContaining({ factor: 'skills_and_knowledge' })], history: [expect.objectContaining({ factor: 'skills_and_knowledge' })], sensitiveWithheld: true });
      expect(JSON.stringify(colleague.body)).not.toMatch(/tailor/);
    });

    it('refuses a service provider and a data analyst (403), and answers a case manager of another country as if no such case existed (404)', async () => {
      expect((await get(`/cases/${caseId}`, provider)).status).toBe(403);
      expect((await get(`/cases/${caseId}`, analyst)).status).toBe(403);
      expect((await get(`/cases/${caseId}/individual-factors`, provider)).status).toBe(403);
      const unknownId = uuidv7();
      for (const path of ['', '/individual-factors', '/consents', '/history']) {
        const who = path === '/history' ? { ...lagos, role: 'auditor' as const } : lagos;
        const elsewhere = await get(`/cases/${caseId}${path}`, who);
        const unknown = await get(`/cases/${unknownId}${path}`, who);
        expect([elsewhere.status, elsewhere.body.code]).toEqual([404, 'CASE_NOT_FOUND']);
        expect(elsewhere.body.message.replace(caseId, unknownId)).toBe(unknown.body.message);
      }
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
      ['/caseload?offset=100001', 'offset'],
      ['/urgent-cases?limit=201', 'limit'],
      ['/urgent-cases?limit=0', 'limit'],
      ['/urgent-cases?limit=abc', 'limit'],
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
      expect((await get('/urgent-cases?limit=1', rabatSupervisor)).body).toHaveLength(1);
      await act(caseId, 'MarkUrgentNeedAddressed', { needId, note: NEED_NOTE });
      const after = await until('/urgent-cases', rabatSupervisor, (list) => !list.some((n: { needId: string }) => n.needId === needId));
      expect(after.body.some((n: { needId: string }) => n.needId === needId)).toBe(false);
    });

    it('keeps how the urgent need was met under `sensitive`', async () => {
      const own = await until(`/cases/${caseId}`, rabat, (file) => file.urgentNeeds[0].status === 'addressed');
      expect(own.body.sensitive.urgentNeedNotes).toEqual([{ needId, note: NEED_NOTE }]);
      const colleague = await get(`/cases/${caseId}`, rabatColleague);
      expect(colleague.body.urgentNeeds).toEqual([expect.objectContaining({ needId, status: 'addressed' })]);
      expect(JSON.stringify(colleague.body)).not.toContain(NEED_NOTE);
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
      expect((await get(`/cases/${caseId}/consents`, lagos)).status).toBe(404);
    });

    it('answers a provider’s consent check: allowed, then withdrawn once the returnee withdraws', async () => {
      const check = `/consent-register/check?caseId=${caseId}&purpose=data_sharing&recipientId=${provider.userId}&dataCategory=contact`;
      expect((await get(check, provider)).body).toEqual({ allowed: true, consentId: sharingConsent });
      expect((await get(check, rabatColleague)).body).toEqual({ allowed: true, consentId: sharingConsent });
      expect((await get(`${check.replace('contact', 'health')}`, provider)).body).toMatchObject({ allowed: false, reason: 'CATEGORY_NOT_COVERED' });
      expect((await get(check, analyst)).status).toBe(403);
      await act(caseId, 'WithdrawConsent', { consentId: sharingConsent, withdrawnOn: today() });
      const withdrawn = await until(check, provider, (answer) => answer.allowed === false);
      expect(withdrawn.body).toEqual({ allowed: false, reason: 'CONSENT_WITHDRAWN', consentId: sharingConsent });
    });

    it('answers a check about a case crossing none of the caller’s countries as about an unknown case, and refuses a provider asking about another recipient', async () => {
      const about = (recipientId: string) => `/consent-register/check?caseId=${caseId}&purpose=data_sharing&recipientId=${recipientId}&dataCategory=contact`;
      const elsewhere = await get(about(provider.userId), lagos);
      expect(elsewhere.status).toBe(200);
      expect(elsewhere.body).toEqual({ allowed: false, reason: 'NO_CONSENT' });
      const other = await get(about('p-other-clinic'), provider, 'fr');
      expect(other.status).toBe(403);
      expect(other.body).toMatchObject({ code: 'NOT_OWN_RECIPIENT', message: expect.stringContaining('prestataire') });
      expect((await get(`/consent-register/check?caseId=${caseId}&purpose=referral`, provider)).body.code).toBe('NOT_OWN_RECIPIENT');
    });

    it('answers NO_CONSENT for an unknown case, and 400 naming the field for a bad question', async () => {
      expect((await get(`/consent-register/check?caseId=${uuidv7()}&purpose=referral&recipientId=${provider.userId}`, provider)).body).toEqual({ allowed: false, reason: 'NO_CONSENT' });
      expect((await get(`/consent-register/check?caseId=${uuidv7()}&purpose=referral`, lagos)).body).toEqual({ allowed: false, reason: 'NO_CONSENT' });
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

    it('lets the office supervisor and auditors replay the history, not another country’s supervisor', async () => {
      for (const who of [rabatSupervisor, auditor]) {
        const res = await get(`/cases/${caseId}/history`, who);
        expect(res.status).toBe(200);
        expect(res.body[0]).toMatchObject({ type: 'intake.ReturneeRegistered', data: { personal: { lastName: surname } } });
      }
      const refused = await get(`/cases/${caseId}/history`, dakarSupervisor, 'fr');
      expect(refused.status).toBe(403);
      expect(refused.body).toMatchObject({ code: 'NOT_CASE_OFFICE_SUPERVISOR', message: expect.stringContaining('superviseurs') });
      expect((await get(`/cases/${caseId}/history`, rabat)).status).toBe(403);
    });

    it.each(['2026-W01-1', '20261123T120000Z', '2026-11-23T12:00:00', '2026-11-23'])('refuses asOf=%s, which is not an instant with a time zone, with a 400 naming asOf', async (asOf) => {
      const res = await get(`/cases/${caseId}/history?asOf=${encodeURIComponent(asOf)}`, auditor, 'fr');
      expect(res.status).toBe(400);
      expect(res.body.errors).toContainEqual({ field: 'asOf', message: expect.stringContaining('doit être un instant') });
    });

    it('replays the history as it stood at an instant given with Z or an offset', async () => {
      const all = (await get(`/cases/${caseId}/history`, auditor)).body as Array<{ recordedAt: string }>;
      const cut = all[1].recordedAt;
      const sameInstantInParis = new Date(Date.parse(cut) + 3600_000).toISOString().replace('Z', '+01:00');
      for (const asOf of [cut, sameInstantInParis]) {
        const res = await get(`/cases/${caseId}/history?asOf=${encodeURIComponent(asOf)}`, auditor);
        expect(res.status).toBe(200);
        expect(res.body.length).toBe(all.filter((e) => e.recordedAt <= cut).length);
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
      await act(caseId, 'TransferCase', { handoverNote: 'Prefers morning calls' });
      await until(`/cases/${caseId}`, auditor, (file) => file.case.office === 'SN');
    });

    it('moves the history to the Dakar supervisors: Rabat’s no longer read it', async () => {
      expect((await get(`/cases/${caseId}/history`, dakarSupervisor)).status).toBe(200);
      expect((await get(`/cases/${caseId}/history`, rabatSupervisor)).body.code).toBe('NOT_CASE_OFFICE_SUPERVISOR');
    });

    it('waits in Dakar’s incoming list, held by no case manager: only Dakar’s supervisors see the sensitive parts, the sender no longer', async () => {
      const incoming = await until('/incoming-cases', dakar, (page) => page.items.some((c: { caseId: string }) => c.caseId === caseId));
      expect(incoming.body.items.find((c: { caseId: string }) => c.caseId === caseId)).toMatchObject({ office: 'SN', awaitingAssignment: true, returneeName: `Mariama ${surname}` });
      expect((await get('/incoming-cases', rabat)).body.items.some((c: { caseId: string }) => c.caseId === caseId)).toBe(false);
      const waiting = await get(`/cases/${caseId}`, dakar);
      expect(waiting.body).toMatchObject({ sensitiveWithheld: true, case: { office: 'SN', transfer: { fromCountry: 'MA', fromCaseManagerId: 'cm-rabat' } } });
      expect(waiting.body.case).not.toHaveProperty('caseManagerId');
      expect(JSON.stringify(waiting.body)).not.toMatch(/morning calls|hearing loss/);
      expect((await get(`/cases/${caseId}`, dakarSupervisor)).body).toMatchObject({ sensitiveWithheld: false, sensitive: { handoverNote: 'Prefers morning calls' } });
      const former = await get(`/cases/${caseId}`, rabat);
      expect(former.status).toBe(200);
      expect(former.body.sensitiveWithheld).toBe(true);
    });

    it('is Dakar’s case manager’s once a supervisor there assigns it: in their caseload with the sensitive parts, out of the incoming list', async () => {
      await act(caseId, 'AssignCase', { caseManagerId: dakar.userId }, dakarSupervisor);
      const caseload = await until('/caseload', dakar, (page) => page.items.some((c: { caseId: string }) => c.caseId === caseId));
      expect(caseload.body.items.find((c: { caseId: string }) => c.caseId === caseId)).toMatchObject({ office: 'SN', caseManagerId: 'cm-dakar', arrivalDate: today(), awaitingAssignment: false });
      expect((await get('/incoming-cases', dakar)).body.items.some((c: { caseId: string }) => c.caseId === caseId)).toBe(false);
      expect((await get(`/cases/${caseId}`, dakar)).body).toMatchObject({ sensitiveWithheld: false, case: { caseManagerId: 'cm-dakar' } });
      expect((await get('/caseload', rabat)).body.items.some((c: { caseId: string }) => c.caseId === caseId)).toBe(false);
      const found = await until(`/returnees?name=${surname}`, dakar, (list) => list.length === 1);
      expect(found.body[0].office).toBe('SN');
    });
  });

  describe('a case registered by the Dakar office for someone first met on arrival', () => {
    const surname = unique();
    let caseId: string;

    beforeAll(async () => {
      caseId = await register(surname, dakar);
      await until(`/cases/${caseId}`, auditor, () => true);
    });

    it('is held by Dakar in the case file, the caseload and the search index; its history is for Dakar’s supervisors', async () => {
      expect((await get(`/cases/${caseId}`, dakar)).body).toMatchObject({ case: { hostCountry: 'MA', countryOfOrigin: 'SN', office: 'SN', caseManagerId: dakar.userId }, sensitiveWithheld: false });
      const caseload = await until('/caseload', dakar, (page) => page.items.some((c: { caseId: string }) => c.caseId === caseId));
      expect(caseload.body.items.find((c: { caseId: string }) => c.caseId === caseId)).toMatchObject({ office: 'SN' });
      expect((await get(`/caseload?caseManagerId=${dakar.userId}`, rabatSupervisor)).body.items.some((c: { caseId: string }) => c.caseId === caseId)).toBe(false);
      expect((await until(`/returnees?name=${surname}`, dakar, (list) => list.length === 1)).body[0].office).toBe('SN');
      expect((await get(`/cases/${caseId}/history`, dakarSupervisor)).status).toBe(200);
      expect((await get(`/cases/${caseId}/history`, rabatSupervisor)).status).toBe(403);
    });
  });
});
