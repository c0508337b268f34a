import fc from 'fast-check';
import request from 'supertest';
import { InProcessBroker, pgliteExecutor, type SqlExecutor } from '@homeward/events';
import type { Principal, RunningService } from '@homeward/platform';
import { intakeService } from '../../apps/intake/src/intake.module';
import { planningService } from '../../apps/planning/src/planning.module';
import { referralsService } from '../../apps/referrals/src/referrals.module';
import { startTestService } from '../testing/test-services';
import { tokenFor } from '../testing/test-auth';
import { hostileUnit, withHostileText } from './hostile-input';
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

/** Noise, bags of the right keys, and near-misses of a valid form. */
function bodies(endpoint: Endpoint): fc.Arbitrary<unknown> {
  const valid = endpoint.body();
  const keys = Object.keys(valid);
  const noise = [fc.anything(), fc.anything({ stringUnit: hostileUnit }), fc.object(), fc.dictionary(fc.constantFrom(...keys, 'extra', '__proto__'), fc.jsonValue({ stringUnit: hostileUnit }))];
  const replaced = fc.record({ key: fc.constantFrom(...keys), value: fc.jsonValue({ stringUnit: hostileUnit }) }).map(({ key, value }) => ({ ...valid, [key]: value }));
  const dropped = fc.constantFrom(...keys).map((key) => Object.fromEntries(Object.entries(valid).filter(([k]) => k !== key)));
  return fc.oneof(...noise, replaced, dropped, withHostileText(valid), fc.constant(valid));
}

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
    await fc.assert(
      fc.asyncProperty(bodies(endpoint), async (body) => {
        const before = await referrals.infra.store.headPosition();
        const res = await request(referrals.app.getHttpServer())
          .post(endpoint.path(caseId, unmetNeedId))
          .set('Authorization', `Bearer ${token}`)
          .set('Content-Type', 'application/json')
          .send(JSON.stringify(body) ?? 'undefined');
        expect(res.status).toBeLessThan(500);
        // INVALID_EVENT would mean the DTO let through what the event's schema refuses: the field would go unnamed.
        expect(res.body.code).not.toBe('INVALID_EVENT');
        if (res.status >= 300) {
          expect(res.status).toBeGreaterThanOrEqual(400);
          expect(await referrals.infra.store.headPosition()).toBe(before);
        }
      }),
      { numRuns: RUNS },
    );
  });
});
