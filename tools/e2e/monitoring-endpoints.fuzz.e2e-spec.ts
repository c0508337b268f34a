import fc from 'fast-check';
import request from 'supertest';
import type { ManualClock } from '@homeward/events';
import type { Principal } from '@homeward/platform';
import { tokenFor } from '../testing/test-auth';
import { fuzzWrites, randomBodies } from './fuzz-writes';
import { hostileUnit } from './hostile-input';
import type { IntakeClient } from './intake-writes.scenario';
import { CASE_MANAGER_SN, SUPERVISOR_SN, type PlanningClient } from './planning-writes.scenario';
import { approvedPlan, dayOn, intakePlanningMonitoring, ME_OFFICER_SN, monitoringForms as forms, type MonitoringClient } from './monitoring-writes.scenario';

/** Per endpoint; sized so the whole file stays under a minute. */
const RUNS = 30;

interface MonitoringEndpoint {
  route: string;
  path: (caseId: string) => string;
  body: (clock: ManualClock) => object;
  who?: Partial<Principal>;
}

const c = (caseId: string) => `/cases/${caseId}`;

/** Every write of monitoring, with a form it accepts. */
const ENDPOINTS: MonitoringEndpoint[] = [
  { route: 'follow-ups', path: (id) => `${c(id)}/follow-ups`, body: (k) => ({ kind: 'meeting', dueOn: dayOn(k, 3), reason: 'Before the training starts' }) },
  { route: 'follow-ups/:id/move', path: (id) => `${c(id)}/follow-ups/p1-m2/move`, body: (k) => ({ dueOn: dayOn(k, 33), reason: 'At her sister’s wedding' }) },
  { route: 'meetings', path: (id) => `${c(id)}/meetings`, body: (k) => forms.meeting(dayOn(k)) },
  { route: 'w-model-points', path: (id) => `${c(id)}/w-model-points`, body: (k) => ({ occurredOn: dayOn(k), dimension: 'social', direction: 'up', intensity: 3, whatHappened: 'Joined the savings group' }) },
  { route: 'surveys', path: (id) => `${c(id)}/surveys`, body: (k) => forms.survey(dayOn(k), forms.answers(3)), who: ME_OFFICER_SN },
  { route: 'surveys/rescoring', path: (id) => `${c(id)}/surveys/rescoring`, body: () => ({ tableVersion: 'rss-provisional-1' }), who: ME_OFFICER_SN },
  { route: 'closure', path: (id) => `${c(id)}/closure`, body: (k) => forms.close(dayOn(k)), who: SUPERVISOR_SN },
  { route: 'reopening', path: (id) => `${c(id)}/reopening`, body: () => ({ reason: 'She asks for help again' }) },
  { route: 'reports/:report/issuance', path: (id) => `${c(id)}/reports/mid_term/issuance`, body: (k) => ({ issuedOn: dayOn(k) }) },
];

describe('Monitoring write endpoints under random payloads', () => {
  let cases: IntakeClient;
  let plans: PlanningClient;
  let watch: MonitoringClient;
  let clock: ManualClock;
  let close: () => Promise<void>;

  beforeAll(async () => ({ cases, plans, watch, clock, close } = await intakePlanningMonitoring()));
  afterAll(() => close?.());

  it.each(ENDPOINTS.map((e) => [e.route, e] as const))('%s answers 2xx or 4xx, never 5xx nor an event its schema refuses, and a refusal appends nothing', async (_route, endpoint) => {
    const caseId = await approvedPlan(cases, plans);
    await watch.holds(caseId, 'monitoring.ApprovedPlanNoted');
    const token = await tokenFor(endpoint.who ?? CASE_MANAGER_SN);
    const path = endpoint.path(caseId);
    await fuzzWrites(watch.service, { token, attempts: randomBodies(endpoint.body(clock)).map((body) => ({ path, body })), numRuns: RUNS });
  }, 60000);

  it('issuance takes only a report of the schedule in its path: anything else is a 4xx that appends nothing', async () => {
    const caseId = await approvedPlan(cases, plans);
    await watch.holds(caseId, 'monitoring.ApprovedPlanNoted');
    const token = await tokenFor(CASE_MANAGER_SN);
    const report = fc.oneof(fc.constantFrom('mid_term', 'final', 'MID_TERM', 'mid-term', 'interim', '%00', '..%2Ffinal'), fc.string({ unit: hostileUnit, minLength: 1, maxLength: 30 }));
    // A lone surrogate has no URL encoding: sent as a malformed escape instead, which must be refused as well.
    const inPath = (r: string) => {
      try {
        return encodeURIComponent(r);
      } catch {
        return '%D8%ZZ';
      }
    };
    const attempts = fc.tuple(report, randomBodies({ issuedOn: dayOn(clock) })).map(([r, body]) => ({ path: `${c(caseId)}/reports/${inPath(r)}/issuance`, body }));
    await fuzzWrites(watch.service, { token, attempts, numRuns: RUNS });
  }, 60000);

  it('names the field at fault in English and French, and appends nothing', async () => {
    const caseId = await approvedPlan(cases, plans);
    await watch.holds(caseId, 'monitoring.ApprovedPlanNoted');
    const before = await watch.head();
    const res = await watch.post(`${c(caseId)}/meetings`, forms.meeting(dayOn(clock), { mode: 'video' }));
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body)).toContain('mode');
    const fr = await request(watch.service.app.getHttpServer())
      .post(`${c(caseId)}/surveys`)
      .set('Authorization', `Bearer ${await tokenFor(ME_OFFICER_SN)}`)
      .set('Accept-Language', 'fr')
      .send(forms.survey(dayOn(clock), forms.answers(3, { 'psy-safety': 9 })));
    expect(fr.body).toMatchObject({ statusCode: 400, code: 'RSS_ANSWER_OUT_OF_RANGE' });
    expect(JSON.stringify(fr.body)).toMatch(/answers\.psy-safety/);
    expect(JSON.stringify(fr.body)).toMatch(/réponse/);
    expect(await watch.head()).toBe(before);
  }, 60000);
});
