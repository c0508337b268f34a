import { gzipSync } from 'node:zlib';
import { SignJWT } from 'jose';
import request from 'supertest';
import type { RunningService } from '@homeward/platform';
import { TEST_ISSUER, TEST_SECRET, tokenFor } from '../testing/test-auth';
import { INVALID_UTF8, MAX_JSON_DEPTH, nestedJson, sendRaw, stringPaths, withInvalidUtf8, withValueAt } from './hostile-input';
import { caseWithEverything, forms, IntakeClient, aReturnee, startIntake, WRITE_ENDPOINTS, type CaseIds } from './intake-writes.scenario';

type Answer = { status: number; headers: Record<string, string>; body: { code?: string; errors?: Array<{ field: string; message: string }>; message?: string } };

/** Each once answered 500 (M1–M3) or was let through (L1, L3, L4, TRACE): issue 8. */
describe('Intake refuses hostile input over HTTP, naming what is wrong, and appends nothing', () => {
  let intake: RunningService;
  let client: IntakeClient;
  let ids: CaseIds;
  let token: string;
  const http = () => request(intake.app.getHttpServer());

  beforeAll(async () => {
    intake = await startIntake();
    client = new IntakeClient(intake);
    ids = await caseWithEverything(client);
    token = await tokenFor();
  });
  afterAll(() => intake?.close());

  async function expect400(send: () => PromiseLike<Answer>, field: string, status = 400) {
    const before = await client.head();
    const res = await send();
    expect({ status: res.status, fields: res.body.errors?.map((e) => e.field) }).toEqual({ status, fields: expect.arrayContaining([field]) });
    expect(res.body.message).toContain(field);
    expect(await client.head()).toBe(before);
    return res;
  }

  const writes = WRITE_ENDPOINTS.filter((e) => e.body).map((e) => [e.route, e] as const);

  describe('text no field holds (M1, L5)', () => {
    it.each(writes)('POST %s refuses a NUL in each of its text fields, naming the field', async (_route, endpoint) => {
      const form = endpoint.body!();
      for (const path of stringPaths(form)) {
        await expect400(() => client.post(endpoint.path(ids), withValueAt(form, path, (v) => `${v}\u0000`), endpoint.who), path);
      }
    });

    it('refuses a NUL, BEL, ESC, the right-to-left override and a lone surrogate in a registration, naming each field', async () => {
      const form = { ...aReturnee(), familyMembers: [forms.familyMember()], duplicateOverride: { reason: 'Checked the passport today' } };
      for (const path of stringPaths(form)) {
        await expect400(() => client.post('/returnees', withValueAt(form, path, (v) => `${v}\u0000`)), path);
      }
      await expect400(() => client.post('/returnees', { ...form, firstName: 'Awa\u0007' }), 'firstName');
      await expect400(() => client.post('/returnees', { ...form, lastName: '\u001B[31mDiallo' }), 'lastName');
      await expect400(() => client.post('/returnees', { ...form, lastName: 'Diallo\u202Eollaid' }), 'lastName');
      await expect400(() => client.post('/returnees', { ...form, familyMembers: [{ ...forms.familyMember(), firstName: 'Kh\uD800ady' }] }), 'familyMembers.0.firstName');
      await expect400(() => client.post('/returnees', { ...form, email: 'awa\uDFFF@example.org' }), 'email');
      await expect400(() => client.post(`/cases/${ids.caseId}/contact-details`, { email: '\uD800' }), 'email');
    });

    it('refuses blank names and a blank optional field that is sent', async () => {
      await expect400(() => client.post('/returnees', { ...aReturnee(), firstName: '   ' }), 'firstName');
      await expect400(() => client.post('/returnees', { ...aReturnee(), gender: ' \u00A0 ' }), 'gender');
      await expect400(() => client.post(`/cases/${ids.caseId}/family-members`, { ...forms.familyMember(), lastName: '\t' }), 'lastName');
    });

    it('takes line breaks and tabs in free text, and refuses them in a name, in English and French', async () => {
      const sessionId = await client.startedSession(ids.caseId);
      const trust = await client.post(`/cases/${ids.caseId}/sessions/${sessionId}/steps/trust`, { notes: 'Talked about her family first.\n\tThen about Thiès.\r\n' });
      expect(trust.status).toBe(201);
      const res = await expect400(() => client.post('/returnees', { ...aReturnee(), firstName: 'Awa\nDiallo' }, {}, { 'Accept-Language': 'fr' }), 'firstName');
      expect(res.body.errors).toContainEqual({ field: 'firstName', message: 'doit tenir sur une ligne, sans saut de ligne ni tabulation (U+000A)' });
    });
  });

  describe('deep nesting (M2)', () => {
    it.each(writes)(`POST %s refuses JSON nested deeper than ${MAX_JSON_DEPTH} levels, naming the body`, async (_route, endpoint) => {
      const raw = nestedJson(endpoint.body!(), 2000);
      const authorization = `Bearer ${await tokenFor(endpoint.who)}`;
      await expect400(() => sendRaw(intake.app.getHttpServer(), 'post', endpoint.path(ids), raw, { Authorization: authorization }), 'body');
    });

    it('refuses it on registration and on /health too, unauthenticated, and takes a shallow body', async () => {
      await expect400(() => sendRaw(intake.app.getHttpServer(), 'post', '/returnees', nestedJson(aReturnee(), MAX_JSON_DEPTH + 1, 'object'), { Authorization: `Bearer ${token}` }), 'body');
      await expect400(() => sendRaw(intake.app.getHttpServer(), 'get', '/health', nestedJson({}, 2000)), 'body');
      expect((await sendRaw(intake.app.getHttpServer(), 'post', '/returnees', JSON.stringify(aReturnee()), { Authorization: `Bearer ${token}` })).status).toBe(201);
    });
  });

  describe('bodies that do not match their encoding (M3)', () => {
    const gzipped = () => gzipSync(JSON.stringify(forms.arrival()));

    it.each([
      ['a plain body sent as gzip', () => Buffer.from(JSON.stringify(forms.arrival())), 'gzip'],
      ['a truncated gzip stream', () => gzipped().subarray(0, 15), 'gzip'],
      ['a gzip body sent as br', gzipped, 'br'],
    ])('refuses %s with a 400 naming the body, on writes and on /health, before authentication', async (_case, bytes, encoding) => {
      await expect400(() => sendRaw(intake.app.getHttpServer(), 'post', `/cases/${ids.caseId}/arrival`, bytes(), { Authorization: `Bearer ${token}`, 'Content-Encoding': encoding }), 'body');
      await expect400(() => sendRaw(intake.app.getHttpServer(), 'post', `/cases/${ids.caseId}/arrival`, bytes(), { 'Content-Encoding': encoding }), 'body');
      await expect400(() => sendRaw(intake.app.getHttpServer(), 'get', '/health', bytes(), { 'Content-Encoding': encoding }), 'body');
    });

    it('answers an encoding it does not read with 415 naming the body', async () => {
      const res = await expect400(() => sendRaw(intake.app.getHttpServer(), 'get', '/health', '{}', { 'Content-Encoding': 'compress' }), 'body', 415);
      expect(res.body.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    });

    it('takes a body that is gzipped as it says', async () => {
      const res = await sendRaw(intake.app.getHttpServer(), 'post', `/cases/${ids.caseId}/contact-details`, gzipSync(JSON.stringify(forms.contactDetails())), { Authorization: `Bearer ${token}`, 'Content-Encoding': 'gzip' });
      expect(res.status).toBe(201);
    });

    it('refuses bytes that are not UTF-8, naming the body', async () => {
      for (const bad of INVALID_UTF8) {
        await expect400(() => sendRaw(intake.app.getHttpServer(), 'post', '/returnees', withInvalidUtf8(aReturnee(), bad), { Authorization: `Bearer ${token}` }), 'body');
      }
    });
  });

  describe('tokens (L1)', () => {
    const now = () => Math.floor(Date.now() / 1000);
    const sign = (times: { iat?: number; exp?: number }) => {
      const jwt = new SignJWT({ role: 'case_manager', countries: ['SN', 'MA'] }).setProtectedHeader({ alg: 'HS256' }).setSubject('cm-awa').setIssuer(TEST_ISSUER);
      if (times.iat !== undefined) jwt.setIssuedAt(times.iat);
      if (times.exp !== undefined) jwt.setExpirationTime(times.exp);
      return jwt.sign(new TextEncoder().encode(TEST_SECRET));
    };
    const read = (authorization: string) => http().get(`/cases/${ids.caseId}`).set('Authorization', authorization);

    it('refuses a token without exp, and one that lives longer than 12 hours', async () => {
      expect((await read(`Bearer ${await sign({ iat: now() })}`)).status).toBe(401);
      expect((await read(`Bearer ${await sign({ iat: now(), exp: now() + 13 * 3600 })}`)).status).toBe(401);
      expect((await read(`Bearer ${await sign({ exp: now() + 365 * 86400 })}`)).status).toBe(401);
      expect((await read(`Bearer ${await sign({ iat: now(), exp: now() + 3600 })}`)).status).toBe(200);
    });

    it('reads the Bearer scheme in any case', async () => {
      expect((await read(`bearer ${token}`)).status).toBe(200);
      expect((await read(`BEARER ${token}`)).status).toBe(200);
      expect((await read(`Basic ${token}`)).status).toBe(401);
    });
  });

  describe('prototype keys (L3)', () => {
    it.each(['__proto__', 'constructor', 'prototype'])('refuses %s by name, at the top and nested', async (key) => {
      const raw = (json: string) => sendRaw(intake.app.getHttpServer(), 'post', `/cases/${ids.caseId}/consents`, json, { Authorization: `Bearer ${token}` });
      const consent = JSON.stringify(forms.sharingConsent());
      await expect400(() => raw(`${consent.slice(0, -1)},"${key}":{"isAdmin":true}}`), key);
      await expect400(() => raw(consent.replace('"recipient":{', `"recipient":{"${key}":1,`)), `recipient.${key}`);
    });

    it('refuses them in a query', async () => {
      const res = await http().get('/caseload?__proto__=x').set('Authorization', `Bearer ${token}`);
      expect(res.status).toBe(400);
      expect(res.body.errors).toContainEqual({ field: '__proto__', message: 'property __proto__ should not exist' });
    });
  });

  describe('endpoints without a body (L4)', () => {
    const s = () => `/cases/${ids.caseId}/sessions/${ids.sessionId}`;

    it.each(['start', 'resume'])('POST …/%s refuses a non-empty body, naming it, and takes none or {}', async (action) => {
      await expect400(() => client.post(`${s()}/${action}`, { reason: 'anything' }), 'body');
      await expect400(() => client.post(`${s()}/${action}`, [1]), 'body');
      for (const empty of [undefined, {}]) expect((await client.post(`${s()}/${action}`, empty)).status).not.toBe(400);
    });

    it('refuses a body on a read', async () => {
      const res = await http().get(`/cases/${ids.caseId}`).set('Authorization', `Bearer ${token}`).send({ fields: ['sensitive'] });
      expect(res.status).toBe(400);
      expect(res.body.errors).toEqual([{ field: 'body', message: 'must be empty: this endpoint takes no body' }]);
    });
  });

  describe('methods a path does not take (L11)', () => {
    it.each([
      ['TRACE', '/health', 'GET, HEAD'],
      ['TRACE', `/cases/${'01a20864-9dce-701c-9b45-c16697a4e9a3'}`, 'GET, HEAD'],
      ['DELETE', '/returnees', 'POST, GET, HEAD'],
      ['PUT', `/cases/${'01a20864-9dce-701c-9b45-c16697a4e9a3'}/arrival`, 'POST'],
    ])('%s %s is 405 with Allow: %s, before authentication', async (method, path, allow) => {
      const res = await request(intake.app.getHttpServer())[method.toLowerCase() as 'trace'](path);
      expect({ status: res.status, allow: res.headers.allow, code: res.body.code }).toEqual({ status: 405, allow, code: 'METHOD_NOT_ALLOWED' });
    });

    it('says so in French, and leaves unknown paths at 404', async () => {
      const res = await http().trace('/health').set('Accept-Language', 'fr');
      expect(res.body.message).toMatch(/n'est pas permise/);
      expect((await http().trace('/nothing-here')).status).toBe(404);
    });
  });
});
