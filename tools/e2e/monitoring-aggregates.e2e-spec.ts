import fc from 'fast-check';
import type { ManualClock } from '@homeward/events';
import type { Principal } from '@homeward/platform';
import { eventually } from '../testing/test-services';
import { hostileUnit } from './hostile-input';
import type { IntakeClient } from './intake-writes.scenario';
import { approvedPlan, dayOn, intakePlanningMonitoring, ME_OFFICER_SN, monitoringForms as forms, type MonitoringClient } from './monitoring-writes.scenario';
import { AUDITOR, CASE_MANAGER_SN, SUPERVISOR_SN, type PlanningClient } from './planning-writes.scenario';

const ANALYST: Partial<Principal> = { userId: 'da-1', role: 'data_analyst', countries: ['*'] };
const ME_OFFICER_MA: Partial<Principal> = { userId: 'me-ma', role: 'me_officer', countries: ['MA'] };
const INDICATORS = ['caseload', 'overdue-follow-ups', 'rss-averages', 'plan-deadline', 'time-to-plan', 'unmet-needs'];

describe('M&E aggregates over HTTP: from plans approved in planning and surveys to counts with no one in them', () => {
  let cases: IntakeClient;
  let plans: PlanningClient;
  let watch: MonitoringClient;
  let clock: ManualClock;
  let close: () => Promise<void>;
  const caseIds: string[] = [];

  /** The aggregate once its projection has caught up (it runs behind the appends). */
  const aggregate = async (path: string, ok: (rows: Array<Record<string, unknown>>) => boolean, who: Partial<Principal> = ME_OFFICER_SN) => {
    const res = await eventually(() => watch.get(path, who), (r) => r.status === 200 && ok(r.body.rows), 20000);
    if (!ok(res.body.rows)) throw new Error(`GET ${path} never answered as expected: ${JSON.stringify(res.body)}`);
    return res.body;
  };

  beforeAll(async () => {
    ({ cases, plans, watch, clock, close } = await intakePlanningMonitoring());
    // Five returnees back in Senegal, each plan approved the day she arrived, each with a baseline survey.
    for (let i = 0; i < 5; i++) caseIds.push(await approvedPlan(cases, plans));
    for (const caseId of caseIds) {
      await watch.holds(caseId, 'monitoring.ApprovedPlanNoted');
      await watch.expect201(`/cases/${caseId}/surveys`, forms.survey(dayOn(clock), forms.answers(4)), ME_OFFICER_SN);
    }
  }, 240000);
  afterAll(() => close?.());

  it('counts five cases followed in Senegal, then withholds open and closed once one is closed (the total would give the one away)', async () => {
    expect((await aggregate('/aggregates/caseload', (rows) => rows[0]?.total === 5)).rows).toEqual([{ country: 'SN', total: 5, open: 5, closed: 0 }]);
    await watch.expect201(`/cases/${caseIds[4]}/closure`, forms.close(dayOn(clock)));
    const after = await aggregate('/aggregates/caseload', (rows) => rows[0]?.open === null);
    expect(after).toEqual({ country: null, threshold: 5, rows: [{ country: 'SN', total: 5, open: null, closed: null }] });
  });

  it('averages the five baseline surveys, marked provisional with the table version; the plans were all on time, approved the day of arrival', async () => {
    const quarter = `${dayOn(clock).slice(0, 4)}-Q${Math.ceil(Number(dayOn(clock).slice(5, 7)) / 3)}`;
    const rss = await aggregate('/aggregates/rss-averages?country=SN', (rows) => rows[0]?.surveys === 5);
    expect(rss).toMatchObject({ country: 'SN', provisional: true, notice: { en: expect.stringMatching(/provisional/i), fr: expect.any(String) } });
    expect(rss.rows).toEqual([{ country: 'SN', period: quarter, tableVersion: 'rss-provisional-1', provisional: true, surveys: 5, economic: 0.55, social: 0.75, psychosocial: expect.any(Number), composite: expect.any(Number) }]);
    const month = dayOn(clock).slice(0, 7);
    const dueMonth = (await aggregate('/aggregates/plan-deadline', (rows) => rows.some((r) => r.onTime === 5))).rows.find((r: { onTime: number }) => r.onTime === 5);
    expect(dueMonth).toMatchObject({ country: 'SN', due: 5, onTime: 5, late: 0, notApproved: 0, derogated: 0, onTimeRate: 1 });
    expect((await aggregate('/aggregates/time-to-plan', (rows) => rows.length > 0)).rows).toEqual([{ country: 'SN', month, plans: 5, medianDays: 0, p90Days: 0 }]);
  });

  it('exports CSV with a withheld count as "<5", and no case id anywhere', async () => {
    await aggregate('/aggregates/caseload', (rows) => rows[0]?.open === null);
    const csv = await watch.get('/aggregates/caseload?format=csv', ME_OFFICER_SN);
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(csv.text).toBe('country,total,open,closed\r\nSN,5,<5,<5\r\n');
    for (const indicator of INDICATORS) {
      const [json, asCsv] = await Promise.all([watch.get(`/aggregates/${indicator}`, ANALYST), watch.get(`/aggregates/${indicator}?format=csv`, ANALYST)]);
      expect([indicator, json.status, asCsv.status]).toEqual([indicator, 200, 200]);
      for (const caseId of caseIds) expect(JSON.stringify(json.body) + asCsv.text).not.toContain(caseId);
    }
  });

  it('answers M&E officers, data analysts, supervisors and auditors of the country; refuses case managers and service providers, and another country', async () => {
    for (const who of [ME_OFFICER_SN, ANALYST, SUPERVISOR_SN, AUDITOR]) expect([who.role, (await watch.get('/aggregates/caseload', who)).status]).toEqual([who.role, 200]);
    for (const who of [CASE_MANAGER_SN, { userId: 'sp-1', role: 'service_provider', countries: ['SN'] } as Partial<Principal>]) {
      for (const indicator of INDICATORS) expect([who.role, indicator, (await watch.get(`/aggregates/${indicator}`, who)).status]).toEqual([who.role, indicator, 403]);
    }
    expect((await watch.get('/aggregates/caseload?country=SN', ME_OFFICER_MA)).body).toMatchObject({ statusCode: 403, code: 'OUT_OF_COUNTRY_SCOPE' });
    expect((await watch.get('/aggregates/caseload', ME_OFFICER_MA)).body.rows).toEqual([]);
  });

  it('never fails on random query parameters: 200, or a 400 naming the parameter, and nothing appended', async () => {
    const value = fc.oneof(fc.string({ unit: hostileUnit, maxLength: 12 }), fc.constantFrom('SN', 'MA', 'csv', 'json', '2027-01', '2027-13', '*', ''), fc.integer().map(String));
    const params = fc.dictionary(fc.constantFrom('country', 'from', 'to', 'format', 'offset', '__proto__'), value, { maxKeys: 4 });
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...INDICATORS), params, async (indicator, query) => {
        const before = await watch.head();
        const res = await watch.get(`/aggregates/${indicator}?${new URLSearchParams(query).toString()}`, AUDITOR);
        expect(res.status).toBeLessThan(500);
        if (res.status === 400) expect(res.body.errors?.length).toBeGreaterThan(0);
        if (res.status !== 200) expect(res.status).toBe(400);
        expect(await watch.head()).toBe(before);
      }),
      { numRuns: 60 },
    );
  });
});
