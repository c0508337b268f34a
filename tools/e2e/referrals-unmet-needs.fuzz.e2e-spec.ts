import { InProcessBroker, pgliteExecutor, type SqlExecutor } from '@homeward/events';
import type { Principal, RunningService } from '@homeward/platform';
import { intakeService } from '../../apps/intake/src/intake.module';
import { planningService } from '../../apps/planning/src/planning.module';
import { referralsService } from '../../apps/referrals/src/referrals.module';
import { startTestService } from '../testing/test-services';
import { tokenFor } from '../testing/test-auth';
import { fuzzWrites, randomBodies } from './fuzz-writes';
import { day, IntakeClient } from './intake-writes.scenario';
import { CASE_MANAGER_SN, PlanningClient } from './planning-writes.scenario';
import { planInForce, ReferralsClient, relocationForm, safetyPlanForm } from './referrals-unmet-needs.scenario';

/** Per endpoint; sized so the whole file stays under a minute. */
const RUNS = 30;

interface Endpoint {
  route: string;
  path: (caseId: string, unmetNeedId: string) => string;
  body: () => object;
  who?: Partial<Principal>;
}

/** Every write of unmet needs and safety planning, with a form it accepts. */
const ENDPOINTS: Endpoint[] = [
  { route: 'unmet-needs', path: (c) => `/cases/${c}/unmet-needs`, body: () => ({ serviceType: 'legal_aid', area: 'SN-DK', source: 'plan_element', sourceId: 'e-legal' }) },
  { route: 'unmet-needs/:id/met', path: (c, u) => `/cases/${c}/unmet-needs/${u}/met`, body: () => ({ metOn: day() }) },
  { route: 'unmet-needs/:id/closure', path: (c, u) => `/cases/${c}/unmet-needs/${u}/closure`, body: () => ({ reason: 'relocated', note: 'Moved to Thiès' }) },
  { route: 'safety-plans', path: (c) => `/cases/${c}/safety-plans`, body: safetyPlanForm },
  { route: 'relocations', path: (c) => `/cases/${c}/relocations`, body: () => relocationForm(day()) },
];

describe('Unmet-need and safety-planning write endpoints under random payloads', () => {
  let sql: SqlExecutor;
  let broker: InProcessBroker;
  let services: RunningService[];
  let referrals: RunningService;
  let cases: IntakeClient;
  let plans: PlanningClient;
  let ref: ReferralsClient;

  beforeAll(async () => {
    sql = await pgliteExecutor();
    broker = new InProcessBroker();
    const embedded = { mode: 'embedded', sharedBroker: broker, sharedSql: sql } as const;
    services = await Promise.all([startTestService('intake', intakeService, embedded), startTestService('planning', planningService, embedded), startTestService('referrals', referralsService, embedded)]);
    referrals = services[2];
    cases = new IntakeClient(services[0]);
    plans = new PlanningClient(services[1]);
    ref = new ReferralsClient(referrals);
  }, 120000);
  afterAll(async () => {
    for (const service of services ?? []) await service.close();
    await broker?.close();
    await sql?.close();
  });

  /** A case held in Dakar by cm-sn, with an open unmet need of its plan: most commands reach the decider. */
  async function caseToFuzz(): Promise<{ caseId: string; unmetNeedId: string }> {
    const caseId = await planInForce(cases, plans);
    await ref.knowsCase(caseId, 'SN', CASE_MANAGER_SN.userId);
    const { unmetNeedId } = (await ref.post(`/cases/${caseId}/unmet-needs`, { serviceType: 'shelter' })).body;
    return { caseId, unmetNeedId };
  }

  it.each(ENDPOINTS.map((e) => [e.route, e] as const))('%s answers 2xx or 4xx, never 5xx nor an event its schema refuses, and a refusal appends nothing', async (_route, endpoint) => {
    const { caseId, unmetNeedId } = await caseToFuzz();
    const token = await tokenFor(endpoint.who ?? CASE_MANAGER_SN);
    const path = endpoint.path(caseId, unmetNeedId);
    await fuzzWrites(referrals, { token, attempts: randomBodies(endpoint.body()).map((body) => ({ path, body })), numRuns: RUNS });
  });
});
