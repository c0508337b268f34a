import { EXAMPLE_FEASIBILITY_GRID } from '@homeward/contracts/planning';
import type { Principal, RunningService } from '@homeward/platform';
import { tokenFor } from '../testing/test-auth';
import { fuzzWrites, randomBodies } from './fuzz-writes';
import { day, forms, IntakeClient } from './intake-writes.scenario';
import { planForms, PlanningClient, intakeAndPlanning, SUPERVISOR_SN } from './planning-writes.scenario';

const EXAMPLE_PROGRAMME = EXAMPLE_FEASIBILITY_GRID.programme;

/** Per endpoint; sized so the whole file stays under a minute. */
const RUNS = 30;

interface PlanIds {
  caseId: string;
  allocationId: string;
}

interface PlanEndpoint {
  route: string;
  method: 'post' | 'put';
  path: (ids: PlanIds) => string;
  body?: () => object;
  who?: Partial<Principal>;
}

const p = (ids: PlanIds) => `/plans/${ids.caseId}`;
const a = (ids: PlanIds) => `${p(ids)}/allocations/${ids.allocationId}`;

/** Every write of planning, with a form it accepts. */
const ENDPOINTS: PlanEndpoint[] = [
  { route: 'derogations', method: 'post', path: (i) => `${p(i)}/derogations`, body: () => ({ dueOn: day(45), reason: 'In hospital' }), who: SUPERVISOR_SN },
  { route: 'pre-departure-review', method: 'post', path: (i) => `${p(i)}/pre-departure-review`, body: () => ({ sessionId: '0190a1b2-0000-7000-8000-000000000001', outcome: 'kept' }) },
  { route: 'inputs', method: 'put', path: (i) => `${p(i)}/inputs`, body: () => ({ goals: ['Shop'], motivations: ['Children'], goalsSource: 'case_manager', assessments: [{ kind: 'family', reference: 'visit' }] }) },
  { route: 'draft', method: 'put', path: (i) => `${p(i)}/draft`, body: () => planForms.draft() },
  { route: 'revisions', method: 'post', path: (i) => `${p(i)}/revisions`, body: () => ({ reason: 'Moved town', content: planForms.draft() }) },
  { route: 'submission', method: 'post', path: (i) => `${p(i)}/versions/1/submission` },
  { route: 'approval', method: 'post', path: (i) => `${p(i)}/versions/1/approval`, who: SUPERVISOR_SN },
  { route: 'activation', method: 'post', path: (i) => `${p(i)}/versions/1/activation` },
  { route: 'completion', method: 'post', path: (i) => `${p(i)}/completion`, body: () => ({ note: 'Done' }) },
  { route: 'closure', method: 'post', path: (i) => `${p(i)}/closure`, body: () => ({ reason: 'other', note: 'Moved abroad' }) },
  // The programme named, so that it too is replaced and dropped: a refused one must append nothing either.
  { route: 'allocations', method: 'post', path: (i) => `${p(i)}/allocations`, body: () => planForms.mixedAllocation({ programme: EXAMPLE_PROGRAMME }) },
  { route: 'allocations/:allocationId', method: 'put', path: (i) => a(i), body: () => planForms.mixedAllocation({ programme: EXAMPLE_PROGRAMME }) },
  { route: 'allocation approval', method: 'post', path: (i) => `${a(i)}/approval`, who: SUPERVISOR_SN },
  { route: 'disbursements', method: 'post', path: (i) => `${a(i)}/disbursements`, body: () => planForms.payment(1, 1000) },
];

describe('Planning write endpoints under random payloads', () => {
  let planning: RunningService;
  let cases: IntakeClient;
  let plans: PlanningClient;

  let close: () => Promise<void>;

  beforeAll(async () => ({ planning, cases, plans, close } = await intakeAndPlanning()));
  afterAll(() => close?.());

  /** A plan with an approved version 1 and an approved allocation, not yet in force: most commands reach the decider. */
  async function planToFuzz(): Promise<PlanIds> {
    const caseId = await cases.openCase();
    await cases.expect201(`/cases/${caseId}/arrival`, forms.arrival());
    await cases.consent(caseId);
    await plans.learntFromIntake(await cases.history(caseId));
    await plans.expectStatus(200, 'put', `/plans/${caseId}/draft`, planForms.draft());
    const { allocationId } = await plans.expectStatus(201, 'post', `/plans/${caseId}/allocations`, planForms.mixedAllocation());
    return { caseId, allocationId };
  }

  it.each(ENDPOINTS.map((e) => [e.route, e] as const))('%s answers 2xx or 4xx, never 5xx nor an event its schema refuses, and a refusal appends nothing', async (_route, endpoint) => {
    const ids = await planToFuzz();
    const token = await tokenFor(endpoint.who ?? { userId: 'cm-sn', role: 'case_manager', countries: ['SN'] });
    const path = endpoint.path(ids);
    await fuzzWrites(planning, { method: endpoint.method, token, attempts: randomBodies(endpoint.body?.()).map((body) => ({ path, body })), numRuns: RUNS });
  });
});
