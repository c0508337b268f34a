import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import request from 'supertest';
import { uuidv7, type AccessRecord } from '@homeward/events';
import type { Principal, RunningService } from '@homeward/platform';
import { TEST_SECRET, tokenFor } from '../testing/test-auth';
import { eventually } from '../testing/test-services';
import { IntakeClient } from './intake-writes.scenario';
import { AUDITOR, awaInDakar, CM_GN, CM_SN, providerUser, referralConsent, ReferralsClient, startIntakeAndReferrals, SUPERVISOR_SN } from './referrals-lifecycle.scenario';

const ROOT = resolve(__dirname, '../..');
const PROVIDER = `prov-clinic-${process.pid}`;

/**
 * Embedded mode as `npm start` runs it: every read of Awa's file in intake and of her referral in
 * referrals leaves a line in that service's access log, which auditors list through the API and the CLI.
 */
describe('Embedded mode: who read a case, recorded by every service and listed for auditors', () => {
  let intake: RunningService;
  let referrals: RunningService;
  let close: () => Promise<void>;
  let cases: IntakeClient;
  let api: ReferralsClient;
  let caseId: string;
  let referralId: string;

  const get = async (service: RunningService, path: string, who: Partial<Principal>, headers: Record<string, string> = {}) =>
    request(service.app.getHttpServer()).get(path).set('Authorization', `Bearer ${await tokenFor(who)}`).set(headers);
  const readers = async (service: RunningService, of = caseId): Promise<AccessRecord[]> => {
    const res = await get(service, `/audit/access?caseId=${of}&limit=200`, AUDITOR);
    expect(res.status).toBe(200);
    return res.body.items;
  };

  beforeAll(async () => {
    ({ intake, referrals, close } = await startIntakeAndReferrals());
    cases = new IntakeClient(intake);
    api = new ReferralsClient(referrals);
    await api.registerProvider(PROVIDER);
    ({ caseId } = await awaInDakar(cases));
    const { consentId } = await cases.expect201(`/cases/${caseId}/consents`, referralConsent(PROVIDER), CM_SN);
    await api.knowsCase(caseId);
    await api.noted(caseId, consentId, 'given');
    ({ referralId } = await api.expect201(`/cases/${caseId}/referrals`, { serviceType: 'vocational_training', providerId: PROVIDER }));
    await api.expect201(`/referrals/${caseId}/${referralId}/sending`, { needSummary: 'Wants to train' });
  }, 120000);
  afterAll(async () => close?.());

  it("records a case manager's read of the case file: who, what, why, when, in which service", async () => {
    const before = Date.now();
    const read = await get(intake, `/cases/${caseId}`, CM_SN);
    expect(read.status).toBe(200);
    const [last] = await readers(intake);
    expect(last).toEqual({ at: expect.any(String), userId: 'cm-sn', role: 'case_manager', service: 'intake', what: 'case_file', caseId, purpose: 'case_management', correlationId: read.headers['x-correlation-id'] });
    expect(Date.parse(last.at)).toBeGreaterThanOrEqual(before - 1000);
  });

  it('records the purpose stated in the header, and refuses one outside the vocabulary with a 400 naming the header', async () => {
    expect((await get(intake, `/cases/${caseId}/history`, SUPERVISOR_SN, { 'Homeward-Purpose': 'emergency' })).status).toBe(200);
    expect((await readers(intake))[0]).toMatchObject({ userId: 'sup-sn', role: 'supervisor', what: 'case_history', purpose: 'emergency' });
    const refused = await get(intake, `/cases/${caseId}`, CM_SN, { 'Homeward-Purpose': 'curiosity', 'Accept-Language': 'fr' });
    expect(refused.body).toMatchObject({ statusCode: 400, code: 'INVALID_INPUT', errors: [expect.objectContaining({ field: 'Homeward-Purpose' })] });
    expect(refused.body.message).toMatch(/^Homeward-Purpose: doit être l'un de case_management/);
    expect((await readers(intake)).filter((r) => r.purpose === 'curiosity' || r.correlationId === refused.headers['x-correlation-id'])).toEqual([]);
  });

  it('records nothing of a read that was refused: it showed nothing', async () => {
    // The auditor's own listings are reads too (what: access_log): the others are compared.
    const others = async () => (await readers(intake)).filter((r) => r.what !== 'access_log');
    const before = await others();
    expect((await get(intake, `/cases/${caseId}`, CM_GN)).status).toBe(404);
    expect((await get(intake, `/cases/${caseId}`, providerUser(PROVIDER))).status).toBe(403);
    expect((await get(intake, `/cases/${caseId}/history`, CM_SN)).status).toBe(403);
    expect((await get(intake, `/cases/not-a-case`, CM_SN)).status).toBe(400);
    expect(await others()).toEqual(before);
  });

  it('records a list that names her once per case it shows', async () => {
    expect((await get(intake, '/caseload', CM_SN)).status).toBe(200);
    expect((await readers(intake))[0]).toMatchObject({ userId: 'cm-sn', what: 'caseload', caseId });
  });

  it("records a provider's read of the referral with the organisation it acts for", async () => {
    const inbox = await eventually(() => get(referrals, '/inbox', providerUser(PROVIDER)), (res) => res.body.items?.some((i: { referralId: string }) => i.referralId === referralId));
    expect(inbox.status).toBe(200);
    expect((await get(referrals, `/referrals/${caseId}/${referralId}`, providerUser(PROVIDER))).status).toBe(200);
    const [detail, list] = await readers(referrals);
    expect(detail).toMatchObject({ userId: `pu-${PROVIDER}`, role: 'service_provider', organisationId: PROVIDER, service: 'referrals', what: 'referral', purpose: 'referral' });
    expect(list).toMatchObject({ organisationId: PROVIDER, what: 'referral_inbox', caseId });
  });

  it('records the reading of the access log itself, and keeps it for auditors and admins', async () => {
    await readers(intake);
    expect((await readers(intake))[0]).toMatchObject({ userId: 'aud-1', role: 'auditor', what: 'access_log', purpose: 'audit' });
    for (const who of [CM_SN, SUPERVISOR_SN, providerUser(PROVIDER)]) {
      expect((await get(intake, `/audit/access?caseId=${caseId}`, who)).body).toMatchObject({ statusCode: 403, code: 'ROLE_NOT_ALLOWED' });
    }
    expect((await get(intake, `/audit/access?caseId=${caseId}`, { userId: 'admin-1', role: 'admin', countries: ['*'] })).status).toBe(200);
    expect((await get(intake, '/audit/access?caseId=nope', AUDITOR)).body.errors).toEqual([expect.objectContaining({ field: 'caseId' })]);
    const page = await get(intake, `/audit/access?caseId=${caseId}&limit=2&offset=1`, AUDITOR);
    expect(page.body).toMatchObject({ limit: 2, offset: 1, total: expect.any(Number) });
    expect(page.body.items).toHaveLength(2);
    expect((await get(intake, `/audit/access?caseId=${uuidv7()}`, AUDITOR)).body).toEqual({ items: [], total: 0, limit: 50, offset: 0 });
  });

  it('npm run access-log lists every service’s reads in one time-ordered list, and says which service did not answer', async () => {
    const port = (s: RunningService) => new URL(s.url).port;
    // Planning and monitoring are not running here: the CLI says so and still prints the others.
    const env = { ...process.env, HOMEWARD_JWT_SECRET: TEST_SECRET, HOMEWARD_INTAKE_PORT: port(intake), HOMEWARD_REFERRALS_PORT: port(referrals), HOMEWARD_PLANNING_PORT: '9', HOMEWARD_MONITORING_PORT: '9' };
    const { code, stdout, stderr } = await promisify(execFile)('node', ['-r', './tools/runtime/register.js', 'tools/access-log-cli.ts', caseId], { cwd: ROOT, env }).then(
      (r) => ({ code: 0, ...r }),
      (e: { code: number; stdout: string; stderr: string }) => e,
    );
    expect(code).toBe(1);
    expect(stderr).toMatch(/planning \(http:\/\/127\.0\.0\.1:9\): no access log/);
    const rows = stdout.trim().split('\n');
    expect(rows[0]).toMatch(/^when +service +who +role +what +purpose$/);
    const body = rows.slice(1, -1);
    const times = body.map((row) => row.split(/\s+/)[0]);
    expect(times).toEqual([...times].sort());
    expect(body.find((row) => / case_file /.test(row))).toMatch(/ intake +cm-sn +case_manager +case_file +case_management$/);
    expect(body.find((row) => / referral /.test(row))).toMatch(new RegExp(`referrals +pu-${PROVIDER} \\(${PROVIDER}\\) +service_provider +referral +referral$`));
    expect(rows.at(-1)).toMatch(new RegExp(`^${body.length} reads of case ${caseId} in 2 of 4 services$`));
  }, 60000);
});
