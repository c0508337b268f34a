import { InProcessBroker, pgliteExecutor, type SqlExecutor } from '@homeward/events';
import type { RunningService } from '@homeward/platform';
import { intakeService } from '../../apps/intake/src/intake.module';
import { planningService } from '../../apps/planning/src/planning.module';
import { referralsService } from '../../apps/referrals/src/referrals.module';
import { searchPostgres } from '../testing/search-everywhere';
import { eventually, startTestService } from '../testing/test-services';
import { day, IntakeClient } from './intake-writes.scenario';
import { AUDITOR, CASE_MANAGER_SN, PlanningClient, SUPERVISOR_SN } from './planning-writes.scenario';
import {
  ANALYST,
  CASE_MANAGER_MA,
  CASE_MANAGER_ML,
  ME_OFFICER_SN,
  OTHER_CASE_MANAGER_SN,
  planInForce,
  ReferralsClient,
  relocationForm,
  safetyPlanForm,
} from './referrals-unmet-needs.scenario';

/** Her words in the safety plan and the relocation: sensitive, sealed under referrals' protection key. */
const HER_WORDS = ['Moussa Fall', 'Pikine', 'hotline', 'Khady Sarr', '+221 77 123 45 67', 'women’s desk', 'Kaolack', 'found her street'];

/**
 * Embedded mode as `npm start` runs it: intake, planning and referrals on one database (one key store)
 * and one in-process broker. A plan element whose provider is named only in free text, once the plan is in
 * force, is an unmet need in referrals' list and report (withheld under 5, shown from 5); a safety plan and
 * a relocation are written and read by the case's own team only, stored sealed; her erasure in intake
 * empties referrals' read models of her words and closes her referrals to new facts.
 */
describe('Embedded mode: unmet needs from the plan, the report, safety planning and erasure in referrals', () => {
  let sql: SqlExecutor;
  let broker: InProcessBroker;
  let intake: RunningService;
  let planning: RunningService;
  let referrals: RunningService;
  let cases: IntakeClient;
  let plans: PlanningClient;
  let ref: ReferralsClient;
  let caseId: string;

  beforeAll(async () => {
    sql = await pgliteExecutor();
    broker = new InProcessBroker();
    const embedded = { mode: 'embedded', sharedBroker: broker, sharedSql: sql } as const;
    [intake, planning, referrals] = await Promise.all([
      startTestService('intake', intakeService, embedded),
      startTestService('planning', planningService, embedded),
      startTestService('referrals', referralsService, embedded),
    ]);
    cases = new IntakeClient(intake);
    plans = new PlanningClient(planning);
    ref = new ReferralsClient(referrals);
    caseId = await planInForce(cases, plans);
    await ref.knowsCase(caseId, 'SN', CASE_MANAGER_SN.userId);
  }, 180000);
  afterAll(async () => {
    await referrals?.close();
    await planning?.close();
    await intake?.close();
    await broker?.close();
    await sql?.close();
  });

  const report = (query: string, who = ME_OFFICER_SN) => ref.get(`/reports/unmet-needs${query}`, who);
  const trainingRow = async () => (await report('?country=SN')).body.rows.find((r: { serviceType: string }) => r.serviceType === 'vocational_training');

  it('the plan’s training, whose provider is named only in free text, is an unmet need of the plan, in the list', async () => {
    const listed = await eventually(
      () => ref.get('/unmet-needs?country=SN&status=open', SUPERVISOR_SN),
      (res) => res.body.items?.some((n: { caseId: string }) => n.caseId === caseId),
    );
    expect(listed.status).toBe(200);
    expect(listed.body.items).toEqual([
      {
        unmetNeedId: expect.any(String),
        caseId,
        serviceType: 'vocational_training',
        country: 'SN',
        source: 'plan_element',
        sourceId: 'e-training',
        status: 'open',
        recordedOn: day(),
        recordedAt: expect.any(String),
      },
    ]);
    expect(listed.body).toMatchObject({ total: 1, limit: 50, offset: 0 });
    // The reaction acted as the system, caused by planning's event.
    const [recorded] = (await ref.stream(caseId)).filter((e) => e.type === 'referrals.UnmetNeedRecorded');
    expect(recorded).toMatchObject({ country: 'SN', actor: { role: 'system' } });
    expect(recorded.data.unmetNeedId).toBe(recorded.causationId);

    expect((await ref.get('/unmet-needs', ANALYST)).body).toMatchObject({ statusCode: 403, code: 'ROLE_NOT_ALLOWED' });
    expect((await ref.get('/unmet-needs?country=ML', SUPERVISOR_SN)).status).toBe(403);
  });

  it('the report withholds a count under 5, in JSON and CSV, and shows it once there are 5', async () => {
    expect(await trainingRow()).toEqual({ country: 'SN', area: null, serviceType: 'vocational_training', recorded: null, open: null, met: null, closed: null });
    for (let n = 0; n < 4; n++) {
      const res = await ref.post(`/cases/${caseId}/unmet-needs`, { serviceType: 'vocational_training' });
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ id: caseId, events: ['referrals.UnmetNeedRecorded'], unmetNeedId: expect.any(String) });
    }
    const shown = await eventually(trainingRow, (row) => row?.recorded === 5);
    expect(shown).toEqual({ country: 'SN', area: null, serviceType: 'vocational_training', recorded: 5, open: 5, met: 0, closed: 0 });

    const csv = await report('?country=SN&format=csv');
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(csv.text.split('\r\n')).toEqual(['country,area,serviceType,recorded,open,met,closed', 'SN,,vocational_training,5,5,0,0', '']);
    expect(csv.text).not.toContain(caseId);

    // One met: 4 open and 1 met are both withheld, so neither can be worked out from the 5 recorded.
    const open = (await ref.get('/unmet-needs?country=SN&status=open', SUPERVISOR_SN)).body.items;
    expect((await ref.post(`/cases/${caseId}/unmet-needs/${open[0].unmetNeedId}/met`, { metOn: day() })).status).toBe(201);
    expect(await eventually(trainingRow, (row) => row?.open === null)).toMatchObject({ recorded: 5, open: null, met: null, closed: 0 });
    expect((await report('?country=SN&format=csv')).text).toContain('SN,,vocational_training,5,<5,<5,0');

    // No personal data: analysts and auditors read it; case managers do not; another country's is refused.
    expect((await report('?country=SN', ANALYST)).status).toBe(200);
    expect((await report('', AUDITOR)).status).toBe(200);
    expect((await report('?country=SN', CASE_MANAGER_SN)).status).toBe(403);
    expect((await report('?country=ML')).status).toBe(403);
    expect((await report('?format=xml')).status).toBe(400);
  });

  it('refuses unmet needs from outside the office holding the case, and bad input, appending nothing', async () => {
    const before = (await ref.stream(caseId)).length;
    expect((await ref.post(`/cases/${caseId}/unmet-needs`, { serviceType: 'shelter' }, CASE_MANAGER_MA)).body).toMatchObject({ statusCode: 403, code: 'NOT_CASE_OFFICE' });
    expect((await ref.post(`/cases/${caseId}/unmet-needs`, { serviceType: 'shelter' }, CASE_MANAGER_ML)).body).toMatchObject({ statusCode: 404, code: 'CASE_NOT_FOUND' });
    expect((await ref.post(`/cases/${caseId}/unmet-needs`, { serviceType: 'shelter' }, AUDITOR)).status).toBe(403);
    expect((await ref.post(`/cases/${caseId}/unmet-needs`, { serviceType: 'banking' })).body).toMatchObject({ statusCode: 400, errors: [expect.objectContaining({ field: 'serviceType' })] });
    expect((await ref.post(`/cases/${caseId}/unmet-needs/0190a1b2-0000-7000-8000-000000000009/closure`, { reason: 'other' })).body).toMatchObject({ statusCode: 404, code: 'UNMET_NEED_NOT_FOUND' });
    expect((await ref.stream(caseId)).length).toBe(before);
  });

  it('a safety plan and a relocation are written and read by her own case manager and the office’s supervisors only, and stored sealed', async () => {
    const plan = await ref.post(`/cases/${caseId}/safety-plans`, safetyPlanForm());
    expect(plan.status).toBe(201);
    expect(plan.body).toMatchObject({ events: ['referrals.SafetyPlanRecorded'], safetyPlanId: expect.any(String) });
    expect((await ref.post(`/cases/${caseId}/relocations`, relocationForm(day()), SUPERVISOR_SN)).body).toMatchObject({ events: ['referrals.RelocationDecided'] });

    for (const [who, status, code] of [
      [OTHER_CASE_MANAGER_SN, 403, 'PROTECTED_TO_CASE_TEAM'],
      [CASE_MANAGER_MA, 403, 'NOT_CASE_OFFICE'],
      [CASE_MANAGER_ML, 404, 'CASE_NOT_FOUND'],
      [AUDITOR, 403, 'ROLE_NOT_ALLOWED'],
      [ME_OFFICER_SN, 403, 'ROLE_NOT_ALLOWED'],
    ] as const) {
      expect((await ref.get(`/cases/${caseId}/safety-plans`, who)).body).toMatchObject({ statusCode: status, code });
      expect((await ref.post(`/cases/${caseId}/safety-plans`, safetyPlanForm(), who)).status).toBe(status);
    }

    const read = await eventually(() => ref.get(`/cases/${caseId}/safety-plans`), (res) => res.body.relocations?.length === 1);
    expect(read.body).toEqual({
      caseId,
      safetyPlans: [{ safetyPlanId: plan.body.safetyPlanId, recordedAt: expect.any(String), ...safetyPlanForm() }],
      relocations: [{ relocationId: expect.any(String), decidedAt: expect.any(String), ...relocationForm(day()) }],
    });
    expect((await ref.get(`/cases/${caseId}/safety-plans`, SUPERVISOR_SN)).status).toBe(200);

    // As stored: sealed under referrals' own class, no word in the clear in any row of its log.
    const { rows } = await sql.query<{ type: string; personal: string | null; data: string }>(
      `SELECT type, personal::text AS personal, data::text AS data FROM referrals.events WHERE stream_id = $1 ORDER BY stream_version`,
      [`referrals-${caseId}`],
    );
    const sealed = rows.filter((r) => r.type === 'referrals.SafetyPlanRecorded' || r.type === 'referrals.RelocationDecided');
    expect(sealed.map((r) => (JSON.parse(r.personal!) as { $sealed: { keyClass: string } }).$sealed.keyClass)).toEqual(['protection', 'protection']);
    const stored = rows.map((r) => `${r.personal} ${r.data}`).join('\n');
    for (const words of HER_WORDS) expect(stored).not.toContain(words);
    const keys = await sql.query<{ key_class: string }>(`SELECT key_class FROM keys.data_keys WHERE subject_id = $1 ORDER BY key_class`, [caseId]);
    expect(keys.rows.map((k) => k.key_class)).toContain('protection');
  });

  it('erased in intake, she leaves no word in referrals’ read models, and her referrals take nothing more (409)', async () => {
    expect((await searchPostgres(sql, 'referrals_read_models', HER_WORDS)).findings.length).toBeGreaterThan(0);
    await cases.expect201(`/cases/${caseId}/erasure`, { reason: 'data_subject_request' }, SUPERVISOR_SN);

    const after = await eventually(() => searchPostgres(sql, 'referrals_read_models', HER_WORDS), (r) => r.findings.length === 0);
    expect(after.findings).toEqual([]);
    const read = (await ref.get(`/cases/${caseId}/safety-plans`)).body;
    expect(read.safetyPlans[0]).toMatchObject({ risks: 'erased', mitigations: 'erased', emergencyContacts: 'erased' });
    expect(read.relocations[0]).toMatchObject({ toArea: 'erased', reason: 'erased' });
    expect(read.erasedAt).toEqual(expect.any(String));

    await eventually(() => ref.stream(caseId), (events) => events.some((e) => e.type === 'referrals.ReturneeErasureNoted'));
    const before = (await ref.stream(caseId)).length;
    expect((await ref.post(`/cases/${caseId}/unmet-needs`, { serviceType: 'shelter' })).body).toMatchObject({ statusCode: 409, code: 'RETURNEE_ERASED' });
    expect((await ref.post(`/cases/${caseId}/safety-plans`, safetyPlanForm())).status).toBe(409);
    expect((await ref.stream(caseId)).length).toBe(before);

    // A rebuild cannot bring her words back: the keys are gone.
    for (const projection of referralsService.projections) await referrals.infra.projections.rebuild(projection);
    expect((await searchPostgres(sql, 'referrals_read_models', HER_WORDS)).findings).toEqual([]);
    // The need still counts, without her, in the report.
    expect(await trainingRow()).toMatchObject({ recorded: 5 });
  });
});
