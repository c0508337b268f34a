import request from 'supertest';
import { InProcessBroker } from '@homeward/events';
import type { RunningService } from '@homeward/platform';
import { intakeService } from '../../apps/intake/src/intake.module';
import { monitoringService } from '../../apps/monitoring/src/monitoring.module';
import { RETURNEE_INDEX } from '../../apps/intake/src/returnee-search/identity-key';
import { eventually, startTestService } from '../testing/test-services';
import { tokenFor } from '../testing/test-auth';
import { anotherReturnee, awa, listCases, registerReturnee, waitForCaseInMonitoring } from './registration-slice.scenario';

describe('Embedded mode: a registration in intake reaches the monitoring case list', () => {
  let intake: RunningService;
  let monitoring: RunningService;

  beforeAll(async () => {
    const broker = new InProcessBroker();
    monitoring = await startTestService('monitoring', monitoringService, { mode: 'embedded', sharedBroker: broker });
    intake = await startTestService('intake', intakeService, { mode: 'embedded', sharedBroker: broker });
  });
  afterAll(async () => {
    await intake?.close();
    await monitoring?.close();
  });

  const intakeHttp = () => request(intake.app.getHttpServer());
  const head = () => intake.infra.store.headPosition();

  it('registers a returnee: the registration and case-opened events are appended to the case history', async () => {
    const returnee = anotherReturnee();
    const res = await registerReturnee(intake, returnee);
    expect(res.status).toBe(201);
    const history = await intake.infra.store.readStream(`case-${res.body.caseId}`);
    expect(history.map((e) => e.type)).toEqual(['intake.ReturneeRegistered', 'intake.CaseOpened']);
    expect(history[0].data.personal).toMatchObject({ firstName: returnee.firstName, lastName: 'Diallo' });
    expect(history[1]).toMatchObject({ actor: { userId: 'cm-awa', role: 'case_manager' }, country: 'MA' });
    expect(res.headers['x-correlation-id']).toBe(history[0].correlationId);
  });

  it('shows the new case in monitoring, without personal data', async () => {
    const res = await registerReturnee(intake);
    expect(await waitForCaseInMonitoring(monitoring, res.body.caseId)).toBe(1);
    const listed = (await listCases(monitoring)).find((c) => c.caseId === res.body.caseId);
    expect(listed).toMatchObject({ hostCountry: 'MA', countryOfOrigin: 'SN', caseManagerId: 'cm-awa', status: 'open' });
    expect(JSON.stringify(listed)).not.toMatch(/Awa|Diallo|1994-03-02/);
    const imported = await monitoring.infra.store.readStream(`inbox.intake.case-${res.body.caseId}`);
    expect(imported.map((e) => e.data.personal)).toEqual([undefined, undefined]);
  });

  it('refuses a likely duplicate with 409 and a link to the existing case, and registers it when overridden with a reason', async () => {
    const person = anotherReturnee();
    const first = await registerReturnee(intake, person);
    const sameButSpeltOtherwise = { ...person, firstName: person.lastName.toUpperCase(), lastName: person.firstName, countryOfOrigin: 'GN' };
    await eventually(() => intake.infra.readModels.get(RETURNEE_INDEX, first.body.caseId), (found) => found !== null);
    const duplicate = await registerReturnee(intake, sameButSpeltOtherwise);
    expect(duplicate.status).toBe(409);
    expect(duplicate.body).toMatchObject({ code: 'LIKELY_DUPLICATE', existingCaseIds: [first.body.caseId], errors: [{ field: 'duplicateOverride' }] });
    const overridden = await registerReturnee(intake, { ...sameButSpeltOtherwise, duplicateOverride: { reason: 'Checked the passports: two different people' } });
    expect(overridden.status).toBe(201);
    const [registeredEvent] = await intake.infra.store.readStream(`case-${overridden.body.caseId}`);
    expect(registeredEvent.data).toMatchObject({ duplicateOverride: { duplicates: 1 }, personal: { duplicateOfCaseIds: [first.body.caseId] } });
  });

  it('lets a caller covering both countries register on arrival for the origin office, and refuses an office outside their countries', async () => {
    const res = await registerReturnee(intake, { ...anotherReturnee(), office: 'SN' });
    expect(res.status).toBe(201);
    const [, opened] = await intake.infra.store.readStream(`case-${res.body.caseId}`);
    expect(opened).toMatchObject({ country: 'SN', data: { office: 'SN', hostCountry: 'MA' } });
    const moroccoOnly = await intakeHttp()
      .post('/returnees')
      .set('Authorization', `Bearer ${await tokenFor({ countries: ['MA'] })}`)
      .send({ ...anotherReturnee(), office: 'SN' });
    expect(moroccoOnly.status).toBe(403);
  });

  it('propagates a caller-given correlation id to the events', async () => {
    const res = await intakeHttp().post('/returnees').set('Authorization', `Bearer ${await tokenFor()}`).set('X-Correlation-Id', 'corr-42').send(anotherReturnee());
    const [event] = await intake.infra.store.readStream(`case-${res.body.caseId}`);
    expect(event.correlationId).toBe('corr-42');
  });

  describe('bad input gets a 400 naming the field and appends nothing', () => {
    const post = (body: string | object, type = 'application/json') => async () =>
      intakeHttp().post('/returnees').set('Authorization', `Bearer ${await tokenFor()}`).set('Content-Type', type).send(body as never);

    it.each([
      ['malformed JSON', post('{"firstName": "Awa",'), 'body'],
      ['an unknown field', post({ ...awa, religion: 'x' }), 'religion'],
      ['a wrong type', post({ ...awa, firstName: 42 }), 'firstName'],
      ['a missing field', post({ ...awa, lastName: undefined }), 'lastName'],
      ['an out-of-range value', post({ ...awa, sex: 'unknown' }), 'sex'],
      ['a bad nested element', post({ ...awa, languages: ['fr', 'FRENCH'] }), 'languages'],
      ['a bad date', post({ ...awa, plannedReturnDate: '2026-13-45' }), 'plannedReturnDate'],
      ['a date of birth in the future', post({ ...awa, dateOfBirth: '2999-01-01' }), 'dateOfBirth'],
      ['an oversized body', post({ ...awa, firstName: 'x'.repeat(70_000) }), 'body'],
      ['an over-long field', post({ ...awa, firstName: 'x'.repeat(101) }), 'firstName'],
    ])('%s', async (_label, send, field) => {
      const before = await head();
      const res = await (await send());
      expect(res.status).toBe(400);
      expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
      expect(res.body.message).toContain(field);
      expect(await head()).toBe(before);
    });
  });

  describe('access', () => {
    it('refuses a request without a token (401) and with a forged one (401)', async () => {
      expect((await intakeHttp().post('/returnees').send(awa)).status).toBe(401);
      const forged = (await tokenFor()).slice(0, -4) + 'AAAA';
      expect((await intakeHttp().post('/returnees').set('Authorization', `Bearer ${forged}`).send(awa)).status).toBe(401);
    });

    it('refuses a role that may not register (403) and a country outside the caller scope (403), appending nothing', async () => {
      const before = await head();
      const provider = await tokenFor({ role: 'service_provider' });
      expect((await intakeHttp().post('/returnees').set('Authorization', `Bearer ${provider}`).send(awa)).status).toBe(403);
      const elsewhere = await tokenFor({ countries: ['NG'] });
      const res = await intakeHttp().post('/returnees').set('Authorization', `Bearer ${elsewhere}`).send(awa);
      expect(res.status).toBe(403);
      expect(res.body.code).toBe('OUT_OF_COUNTRY_SCOPE');
      expect(await head()).toBe(before);
    });

    it('keeps the monitoring case list from a data analyst (403) and from other countries', async () => {
      const res = await registerReturnee(intake);
      await waitForCaseInMonitoring(monitoring, res.body.caseId);
      const analyst = await tokenFor({ role: 'data_analyst', countries: ['*'] });
      expect((await request(monitoring.app.getHttpServer()).get('/cases').set('Authorization', `Bearer ${analyst}`)).status).toBe(403);
      const nigeria = await tokenFor({ role: 'me_officer', countries: ['NG'] });
      const list = await request(monitoring.app.getHttpServer()).get('/cases').set('Authorization', `Bearer ${nigeria}`);
      expect(list.status).toBe(200);
      expect(list.body).toEqual({ items: [], total: 0, limit: 50, offset: 0 });
    });
  });

  describe('operations', () => {
    it('answers health without a token, and readiness checks its own dependencies', async () => {
      expect((await intakeHttp().get('/health')).body).toEqual({ status: 'up' });
      const ready = await intakeHttp().get('/health/ready');
      expect(ready.status).toBe(200);
      expect(ready.body.checks).toEqual({ eventStore: 'up', broker: 'up', readModels: 'up' });
    });

    it('serves Prometheus metrics and the OpenAPI document', async () => {
      const metrics = await intakeHttp().get('/metrics');
      expect(metrics.text).toContain('homeward_http_request_duration_seconds');
      const docs = await intakeHttp().get('/docs-json');
      expect(docs.body.paths['/returnees'].post).toBeDefined();
    });
  });
});

describe('Embedded mode: an auditor replays a case', () => {
  let intake: RunningService;
  beforeAll(async () => {
    intake = await startTestService('intake', intakeService, { mode: 'embedded', sharedBroker: new InProcessBroker() });
  });
  afterAll(() => intake?.close());

  it('returns the history in order, and as it stood at an earlier instant', async () => {
    const { body } = await registerReturnee(intake);
    const auditor = `Bearer ${await tokenFor({ role: 'auditor', userId: 'aud-1', countries: ['*'] })}`;
    const history = await request(intake.app.getHttpServer()).get(`/cases/${body.caseId}/history`).set('Authorization', auditor);
    expect(history.status).toBe(200);
    expect(history.body.map((e: { type: string }) => e.type)).toEqual(['intake.ReturneeRegistered', 'intake.CaseOpened']);
    const before = new Date(Date.parse(history.body[0].recordedAt) - 1).toISOString();
    const then = await request(intake.app.getHttpServer()).get(`/cases/${body.caseId}/history?asOf=${before}`).set('Authorization', auditor);
    expect(then.body).toEqual([]);
  });

  it('refuses a case manager (403), a malformed case id (400) and an unknown case (404)', async () => {
    const http = request(intake.app.getHttpServer());
    const { body } = await registerReturnee(intake);
    expect((await http.get(`/cases/${body.caseId}/history`).set('Authorization', `Bearer ${await tokenFor()}`)).status).toBe(403);
    const supervisor = `Bearer ${await tokenFor({ role: 'supervisor' })}`;
    const bad = await request(intake.app.getHttpServer()).get('/cases/not-a-uuid/history').set('Authorization', supervisor);
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].field).toBe('caseId');
    expect((await request(intake.app.getHttpServer()).get('/cases/01a20864-9dce-701c-9b45-c16697a4e9a3/history').set('Authorization', supervisor)).status).toBe(404);
  });
});

describe('Embedded mode: whatever the start order', () => {
  it('gives a service started after intake the events intake published before it came', async () => {
    const broker = new InProcessBroker();
    const intake = await startTestService('intake', intakeService, { mode: 'embedded', sharedBroker: broker });
    let monitoring: RunningService | undefined;
    try {
      const res = await registerReturnee(intake);
      expect(res.status).toBe(201);
      // The relay has published it by now: no consumer group exists yet.
      await eventually(() => intake.infra.store.checkpoints.load('outbox-relay'), (position) => position >= (res.body.streamVersion as number), 10000);
      monitoring = await startTestService('monitoring', monitoringService, { mode: 'embedded', sharedBroker: broker });
      expect(await waitForCaseInMonitoring(monitoring, res.body.caseId, 10000)).toBe(1);
    } finally {
      await intake.close();
      await monitoring?.close();
    }
  });
});
