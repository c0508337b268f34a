import { randomBytes } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import { DAY_MS, pgExecutor, UnindexedQueryError, type Clock, type RecordedEvent } from '@homeward/events';
import { requireEnv } from '@homeward/events/testing';
import type { Principal, RunningService } from '@homeward/platform';
import { intakeService } from '../../apps/intake/src/intake.module';
import { GRID_VERSIONS } from '../../apps/planning/src/feasibility-grids/grid-versions.projection';
import { PLAN_LIST } from '../../apps/planning/src/plan-list/plan-list.projection';
import { planningProjections } from '../../apps/planning/src/plan-queries';
import { planningService } from '../../apps/planning/src/planning.module';
import { pdfText } from '@homeward/testing/pdf';
import { eventually, startTestService } from '../testing/test-services';
import { day, IntakeClient } from './intake-writes.scenario';
import { AUDITOR, AWA_PROFILE, CASE_MANAGER_SN, monthAfter, planForms, PlanningClient, SUPERVISOR_SN, type ProposedCandidate } from './planning-writes.scenario';

/** A supervisor of both offices: lists read for two countries at once. */
const SUPERVISOR_SN_MA: Partial<Principal> = { userId: 'sup-sn-ma', role: 'supervisor', countries: ['SN', 'MA'] };
const EXAMPLE_GRID = '/grids/SN/example-reintegration-programme/versions';

/**
 * Issue 12's walk in distributed mode: intake and planning as two services, each its event store on
 * real PostgreSQL, intake's facts carried to planning by real Kafka, planning's read models on
 * FerretDB (the default); then the same log read into PostgreSQL read models, which must answer alike.
 */
describe('Distributed mode: a plan from the arrival in intake to its revision, on real PostgreSQL, Kafka and FerretDB', () => {
  requireEnv('HOMEWARD_PG_URL');
  requireEnv('HOMEWARD_KAFKA_BROKERS');
  requireEnv('HOMEWARD_MONGO_URL');
  const namespace = `pl${randomBytes(4).toString('hex')}`;
  let intake: RunningService;
  let planning: RunningService | undefined;
  let cases: IntakeClient;
  let plans: PlanningClient;
  /** Awa's case, walked from her arrival to her revised plan. */
  let caseId: string;
  let allocationId: string;
  /** A case back forty days ago whose plan nobody has drafted: late. */
  let lateCaseId: string;
  /** A case arrived today whose plan a supervisor gave more time. */
  let derogatedCaseId: string;

  const startPlanning = async (readModels: 'mongo' | 'postgres') => {
    planning = await startTestService('planning', planningService, { mode: 'distributed', namespace, readModels });
    plans = new PlanningClient(planning);
  };
  /** Intake's events on the case since the position given, which planning is to learn from its topic. */
  const intakeSince = async (id: string, version: number): Promise<RecordedEvent[]> => (await cases.history(id)).filter((e) => e.streamVersion > version);
  const arrived = async (arrivalDate = day()) => {
    const id = await cases.openCase();
    await cases.expect201(`/cases/${id}/arrival`, { arrivalDate });
    return id;
  };
  // Intake's clock runs, set back while the late case is opened: intake dates an arrival no earlier than the registration.
  let intakeLagMs = 0;
  const intakeClock: Clock = { now: () => new Date(Date.now() - intakeLagMs) };

  beforeAll(async () => {
    [intake] = await Promise.all([startTestService('intake', intakeService, { mode: 'distributed', namespace, clock: intakeClock }), startPlanning('mongo')]);
    cases = new IntakeClient(intake);
    // Two more plans for the lists beside Awa's: one late, one a supervisor gave more time.
    intakeLagMs = 40 * DAY_MS;
    lateCaseId = await arrived(day(-40));
    intakeLagMs = 0;
    derogatedCaseId = await arrived();
    await Promise.all([lateCaseId, derogatedCaseId].map(async (id) => plans.learntFromIntake(await cases.history(id))));
    await plans.expectStatus(201, 'post', `/plans/${derogatedCaseId}/derogations`, { dueOn: day(45), reason: 'In hospital' }, SUPERVISOR_SN);
  }, 60000);
  afterAll(async () => {
    await planning?.close();
    await intake?.close();
  });

  it('walks the plan: due a month after the arrival, drafted from the grid, paid up to its amount, in force only under a consent signed for its version', async () => {
    caseId = await arrived();
    const p = `/plans/${caseId}`;
    // Intake's arrival, carried by Kafka, starts the clock; planning's reaction records it, caused by that event.
    await plans.learntFromIntake(await cases.history(caseId));
    const arrival = (await cases.history(caseId)).find((e) => e.type === 'intake.ReturneeArrived')!;
    const [due] = await plans.plan(caseId);
    expect([due.type, due.causationId, due.data]).toEqual(['planning.PlanDue', arrival.eventId, expect.objectContaining({ arrivalDate: day(), dueOn: monthAfter(day()) })]);
    const listed = await eventually(() => plans.get('/plans/due?country=SN'), (res) => res.body.items?.some((d: { caseId: string }) => d.caseId === caseId));
    expect(listed.body.items.find((d: { caseId: string }) => d.caseId === caseId)).toMatchObject({ country: 'SN', arrivalDate: day(), dueOn: monthAfter(day()), status: 'due', overdue: false });

    // The example grid, shipped at start, proposes the elements; the case manager accepts each of them.
    const proposals = await plans.expectStatus(200, 'post', `${p}/proposals`, AWA_PROFILE);
    expect(proposals.grid).toMatchObject({ example: true, version: 1 });
    const candidates: ProposedCandidate[] = proposals.candidates;
    expect(candidates.map((c) => c.element.type)).toEqual(expect.arrayContaining(['financial_allocation', 'vocational_training', 'psychosocial']));
    const draft = planForms.fromProposals(candidates);
    expect(await plans.expectStatus(200, 'put', `${p}/draft`, draft)).toMatchObject({ events: ['planning.PlanDrafted'] });

    // A mixed allocation in two instalments; only a supervisor approves it.
    ({ allocationId } = await plans.expectStatus(201, 'post', `${p}/allocations`, planForms.mixedAllocation()));
    expect((await plans.post(`${p}/allocations/${allocationId}/approval`)).body).toMatchObject({ statusCode: 403, code: 'ROLE_NOT_ALLOWED' });
    await plans.expectStatus(201, 'post', `${p}/allocations/${allocationId}/approval`, undefined, SUPERVISOR_SN);

    await plans.expectStatus(201, 'post', `${p}/versions/1/submission`);
    await plans.expectStatus(201, 'post', `${p}/versions/1/approval`, undefined, SUPERVISOR_SN);
    const before = await plans.head();
    expect((await plans.post(`${p}/versions/1/activation`)).body).toMatchObject({ statusCode: 409, code: 'PLAN_CONSENT_MISSING', uncovered: [{ component: 'plan', reason: 'NO_CONSENT' }] });
    expect(await plans.head()).toBe(before);

    // She signs in intake; planning learns it over Kafka, and the version comes into force.
    const known = (await cases.history(caseId)).length;
    await cases.consent(caseId);
    await plans.learntFromIntake(await intakeSince(caseId, known));
    expect((await plans.expectStatus(201, 'post', `${p}/versions/1/activation`)).events).toContain('planning.PlanActivated');

    // Her copy, in French: what she needs, none of the decision's internal words.
    const copy = await plans.download(`${p}/versions/1/copy.pdf?lang=fr`);
    expect([copy.status, copy.headers['content-type']]).toEqual([200, 'application/pdf']);
    const text = (await pdfText(copy.body)).join(' ').replace(/\s+/g, ' ');
    for (const words of ['Mon plan de réintégration', `Référence du dossier : ${caseId}`, 'Prestataire : Centre de Thiès (vocational_training)', 'Contact : +221 33 951 00 00', draft.exitStrategy]) expect(text).toContain(words);
    expect(text).not.toContain('cannot be diverted');

    // Both instalments paid; a third payment would exceed the approved amount.
    await plans.expectStatus(201, 'post', `${p}/allocations/${allocationId}/disbursements`, planForms.payment(1, 150000));
    await plans.expectStatus(201, 'post', `${p}/allocations/${allocationId}/disbursements`, planForms.payment(2, 150000));
    expect((await plans.post(`${p}/allocations/${allocationId}/disbursements`, planForms.payment(2, 1000))).body).toMatchObject({ statusCode: 409, code: 'APPROVED_AMOUNT_EXCEEDED' });

    // Version 2: approved, refused activation under the form she signed for version 1, in force once she signs again.
    const training = draft.elements.find((e) => e.type === 'vocational_training')!;
    const content = { ...draft, elements: draft.elements.map((e) => (e === training ? { ...e, description: `${e.description} (in Mbour)` } : e)) };
    await plans.expectStatus(201, 'post', `${p}/revisions`, { reason: 'She trains in Mbour, nearer her family', content });
    await plans.expectStatus(201, 'post', `${p}/versions/2/submission`);
    await plans.expectStatus(201, 'post', `${p}/versions/2/approval`, undefined, SUPERVISOR_SN);
    expect((await plans.post(`${p}/versions/2/activation`)).body).toMatchObject({ statusCode: 409, code: 'PLAN_CONSENT_MISSING', uncovered: [{ component: 'plan', reason: 'SIGNED_BEFORE_THIS_VERSION' }] });
    const beforeSecondForm = (await cases.history(caseId)).length;
    await cases.consent(caseId);
    await plans.learntFromIntake(await intakeSince(caseId, beforeSecondForm));
    expect((await plans.expectStatus(201, 'post', `${p}/versions/2/activation`)).events).toContain('planning.PlanActivated');

  }, 90000);

  describe('read models on FerretDB, eventually consistent with the log', () => {
    it('lists the plan in force in Senegal, its allocation, and what was paid', async () => {
      const active = await eventually(() => plans.get('/plans?status=active&country=SN'), (res) => res.body.items?.some((i: { version?: { number: number } }) => i.version?.number === 2));
      expect(active.body).toMatchObject({ total: 1, items: [{ caseId, country: 'SN', status: 'active', version: { number: 2, status: 'active' } }] });
      const allocations = await eventually(() => plans.get('/allocations?country=SN'), (res) => res.body.items?.[0]?.status === 'approved');
      expect(allocations.body).toMatchObject({ total: 1, items: [{ caseId, allocationId, programme: 'example-reintegration-programme', modality: 'mixed', amount: 300000, currency: 'XOF', status: 'approved' }] });
      const totals = await eventually(() => plans.get('/disbursements/totals?country=SN'), (res) => res.body.items?.[0]?.disbursements === 2);
      expect(totals.body.items).toEqual([{ country: 'SN', programme: 'example-reintegration-programme', currency: 'XOF', approvedAmount: 300000, approvedAllocations: 1, disbursedAmount: 300000, disbursements: 2, cases: 1 }]);
    });

    it('lists the plans still on the clock, the late one first, the derogation with who approved it', async () => {
      const due = await eventually(() => plans.get('/plans/due?country=SN'), (res) => res.body.items?.some((d: { derogation?: object }) => d.derogation));
      expect(due.body.items.map((d: { caseId: string }) => d.caseId)).toEqual([lateCaseId, derogatedCaseId]);
      expect(due.body.total).toBe(2);
      expect(due.body.items[0]).toMatchObject({ dueOn: monthAfter(day(-40)), overdue: true });
      expect(due.body.items[1]).toMatchObject({ dueOn: day(45), overdue: false, derogation: { previousDueOn: monthAfter(day()), approvedBy: 'sup-sn' } });
      expect((await plans.get('/plans/due?country=SN&overdue=true')).body).toMatchObject({ total: 1, items: [{ caseId: lateCaseId }] });
      expect((await plans.get('/plans/due?country=SN&overdue=false')).body).toMatchObject({ total: 1, items: [{ caseId: derogatedCaseId }] });
    });

    it('reads the plan whole and the diff of its versions', async () => {
      const detail = await eventually(() => plans.get(`/plans/${caseId}`), (res) => res.body.versions?.[1]?.status === 'active');
      expect(detail.body).toMatchObject({ caseId, country: 'SN', status: 'active', arrivalDate: day() });
      expect(detail.body.versions.map((v: { number: number; status: string }) => [v.number, v.status])).toEqual([
        [1, 'superseded'],
        [2, 'active'],
      ]);
      expect(detail.body.allocations).toEqual([expect.objectContaining({ allocationId, status: 'approved', paid: { 1: 150000, 2: 150000 }, totalDisbursed: 300000 })]);
      const diff = await plans.get(`/plans/${caseId}/diff?from=1&to=2`);
      expect(diff.body).toMatchObject({ from: 1, to: 2, added: [], removed: [] });
      expect(diff.body.changed).toEqual([{ elementId: expect.stringMatching(/^e-\d+$/), changes: [expect.objectContaining({ field: 'description', to: expect.stringContaining('(in Mbour)') })] }]);
    });

    it('answers every query of the read side, each served by a declared index', async () => expect(await unservedQueries(planning!, caseId)).toEqual([]));
  });

  describe('the same log read into PostgreSQL read models (HOMEWARD_READ_MODELS=postgres)', () => {
    const compared = () => ['/plans?status=active&country=SN', '/plans?country=SN', '/plans/due?country=SN', '/plans/due?overdue=true', '/disbursements/totals?country=SN', '/disbursements/totals?programme=example-reintegration-programme', '/allocations', `/plans/${caseId}`, `/plans/${caseId}/diff?from=1&to=2`];
    const answers = async () => Promise.all(compared().map(async (path) => [path, (await plans.get(path, AUDITOR)).body] as const));
    let onFerret: Awaited<ReturnType<typeof answers>>;

    beforeAll(async () => {
      onFerret = await answers();
      // Planning restarted on another read-model store: it projects its whole log into PostgreSQL, FerretDB left as it was.
      await planning!.close();
      planning = undefined;
      await startPlanning('postgres');
    }, 60000);

    it('answers the plan list, the due plans, the totals, the allocations and the plan exactly as FerretDB did', async () => {
      const onPostgres = await eventually(answers, (now) => isDeepStrictEqual(now, onFerret));
      expect(onPostgres).toEqual(onFerret);
      expect(onFerret.find(([path]) => path === '/disbursements/totals?country=SN')![1].items).toHaveLength(1);
      // Read from PostgreSQL indeed: the list's rows are in the service's read-model schema there.
      const sql = await pgExecutor(requireEnv('HOMEWARD_PG_URL'), 1);
      try {
        const table = `planning_${namespace}_read_models."rm_${await planning!.infra.readModels.physicalOf(PLAN_LIST)}"`;
        expect((await sql.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`)).rows[0].n).toBe(3);
      } finally {
        await sql.close();
      }
    });

    it('keeps learning from intake: a new arrival is listed due', async () => {
      const id = await arrived();
      await plans.learntFromIntake(await cases.history(id));
      const due = await eventually(() => plans.get('/plans/due?country=SN&overdue=false'), (res) => res.body.items?.some((d: { caseId: string }) => d.caseId === id));
      expect(due.body.items.map((d: { caseId: string }) => d.caseId)).toEqual([id, derogatedCaseId]);
    });

    it('answers every query of the read side, each served by a declared index', async () => expect(await unservedQueries(planning!, caseId)).toEqual([]));
  });
});

/**
 * Every query planning's read side issues, by every kind of reader (one country, two, all): a query
 * no declared index serves is refused by the store (UnindexedQueryError, a 500), so the answers
 * are the proof. Returns what was not answered 200, and fails if the store would not refuse, or
 * if some read model was never read.
 */
async function unservedQueries(planning: RunningService, caseId: string): Promise<string[]> {
  const client = new PlanningClient(planning);
  await expect(planning.infra.readModels.find(PLAN_LIST, { arrivalDate: day() }, { sort: 'dueOn' })).rejects.toThrow(UnindexedQueryError);
  const read = new Set<string>();
  const spies = (['find', 'count', 'get'] as const).map((method) => {
    const original = planning.infra.readModels[method].bind(planning.infra.readModels) as (collection: string, ...rest: unknown[]) => Promise<never>;
    return jest.spyOn(planning.infra.readModels, method).mockImplementation(((collection: string, ...rest: unknown[]) => {
      read.add(collection);
      return original(collection, ...rest);
    }) as never);
  });
  const paths = [
    ...['', '?status=active', '?status=due', '?country=SN', '?status=active&country=SN', '?limit=1&offset=1'].map((q) => `/plans${q}`),
    ...['', '?overdue=true', '?overdue=false', '?country=SN', '?country=SN&overdue=true', '?country=SN&overdue=false&limit=1&offset=1'].map((q) => `/plans/due${q}`),
    ...['', '?awaiting=approval', '?country=SN', '?awaiting=approval&country=SN'].map((q) => `/allocations${q}`),
    '/disbursements/totals',
    '/disbursements/totals?country=SN',
    '/disbursements/totals?programme=example-reintegration-programme',
    '/disbursements/totals?country=SN&programme=example-reintegration-programme',
    '/grids',
    '/grids?country=SN',
    `${EXAMPLE_GRID}/1`,
    `/plans/${caseId}`,
    `/plans/${caseId}/diff?from=1&to=2`,
  ];
  const unserved: string[] = [];
  try {
    for (const who of [CASE_MANAGER_SN, SUPERVISOR_SN_MA, AUDITOR]) {
      for (const path of paths) {
        const res = await client.get(path, who);
        if (res.status !== 200) unserved.push(`${who.role} ${path}: ${res.status} ${JSON.stringify(res.body)}`);
      }
      if (who !== AUDITOR) {
        const proposed = await client.post(`/plans/${caseId}/proposals`, AWA_PROFILE, who);
        if (proposed.status !== 200) unserved.push(`${who.role} proposals: ${proposed.status} ${JSON.stringify(proposed.body)}`);
      }
    }
  } finally {
    for (const spy of spies) spy.mockRestore();
  }
  expect([...read].sort()).toEqual([...planningProjections.map((p) => p.collection), GRID_VERSIONS].sort());
  return unserved;
}
