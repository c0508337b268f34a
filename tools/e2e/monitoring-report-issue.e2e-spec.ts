import type { ManualClock } from '@homeward/events';
import { eventually } from '../testing/test-services';
import type { IntakeClient } from './intake-writes.scenario';
import { approvedPlan, dayOn, intakePlanningMonitoring, ME_OFFICER_SN, type MonitoringClient } from './monitoring-writes.scenario';
import { AUDITOR, SUPERVISOR_SN, type PlanningClient } from './planning-writes.scenario';

const DAY_MS = 86_400_000;
const point = (occurredOn: string, whatHappened: string) => ({ occurredOn, dimension: 'social', direction: 'up', intensity: 3, whatHappened });

/**
 * Issuing a monitoring report over HTTP (`POST /cases/:caseId/reports/:report/issuance`): a case manager or a
 * supervisor says the report went out on a day; it is then no longer due, its alert is never raised, and the
 * report reads as it stood that day.
 */
describe('Monitoring reports issued over HTTP', () => {
  let cases: IntakeClient;
  let plans: PlanningClient;
  let watch: MonitoringClient;
  let clock: ManualClock;
  let close: () => Promise<void>;
  const issuance = (caseId: string, report = 'mid_term') => `/cases/${caseId}/reports/${report}/issuance`;
  const html = async (caseId: string, report: string) => (await watch.get(`/cases/${caseId}/reports/${report}?lang=en`)).text;

  beforeAll(async () => ({ cases, plans, watch, clock, close } = await intakePlanningMonitoring()));
  afterAll(() => close?.());

  it('refuses other roles, unknown reports, days to come and bad forms, appending nothing', async () => {
    const caseId = await approvedPlan(cases, plans);
    await watch.holds(caseId, 'monitoring.ApprovedPlanNoted');
    const before = await watch.head();
    const today = { issuedOn: dayOn(clock) };
    expect((await watch.post(issuance(caseId), today, AUDITOR)).body).toMatchObject({ statusCode: 403, code: 'ROLE_NOT_ALLOWED' });
    expect((await watch.post(issuance(caseId), today, ME_OFFICER_SN)).body).toMatchObject({ statusCode: 403, code: 'ROLE_NOT_ALLOWED' });
    expect((await watch.post(issuance(caseId), today, { userId: 'cm-ma', role: 'case_manager', countries: ['MA'] })).body).toMatchObject({ statusCode: 404, code: 'MONITORING_NOT_FOUND' });
    expect((await watch.post(issuance(caseId, 'interim'), today)).body).toMatchObject({ statusCode: 400, errors: [expect.objectContaining({ field: 'report' })] });
    expect((await watch.post(issuance(caseId), { issuedOn: dayOn(clock, 1) })).body).toMatchObject({ statusCode: 400, code: 'FACT_IN_FUTURE' });
    expect((await watch.post(issuance(caseId), {})).body).toMatchObject({ statusCode: 400, code: 'INVALID_INPUT', errors: expect.arrayContaining([expect.objectContaining({ field: 'issuedOn' })]) });
    expect((await watch.post(issuance(caseId), { issuedOn: 'tomorrow' })).body).toMatchObject({ statusCode: 400, code: 'INVALID_INPUT' });
    expect(await watch.head()).toBe(before);
  }, 60000);

  it('issues once; the schedule says so, the report reads as of its day, and its alert is never raised while the other case’s is', async () => {
    const [issued, notIssued] = [await approvedPlan(cases, plans), await approvedPlan(cases, plans)];
    await Promise.all([watch.holds(issued, 'monitoring.ApprovedPlanNoted'), watch.holds(notIssued, 'monitoring.ApprovedPlanNoted')]);
    const issuedOn = dayOn(clock);
    await watch.expect201(`/cases/${issued}/w-model-points`, point(issuedOn, 'Joined the savings group'));

    const answer = await watch.expect201(issuance(issued), { issuedOn }, SUPERVISOR_SN);
    expect(answer).toEqual({ caseId: issued, streamVersion: expect.any(Number), events: ['monitoring.ReportIssued'] });
    expect((await watch.post(issuance(issued), { issuedOn })).body).toMatchObject({ statusCode: 409, code: 'REPORT_ALREADY_ISSUED' });
    expect((await watch.get(`/cases/${issued}/schedule`)).body.reports).toEqual([
      { report: 'mid_term', dueOn: expect.any(String), issued: true, due: false },
      { report: 'final', dueOn: expect.any(String), issued: false, due: false },
    ]);

    // A day later, a new high of her return: the final report (not issued) shows it, the issued mid-term one does not.
    clock.set(new Date(clock.now().getTime() + DAY_MS).toISOString());
    await watch.expect201(`/cases/${issued}/w-model-points`, point(dayOn(clock), 'Found a room of her own'));
    const final = await eventually(() => html(issued, 'final'), (text) => text.includes('Found a room of her own'));
    expect(final).toContain('Joined the savings group');
    const midTerm = await html(issued, 'mid_term');
    expect(midTerm).toMatch(/Issued on \d+ \w+ \d{4}/);
    expect(midTerm).toContain('Joined the savings group');
    expect(midTerm).not.toContain('Found a room of her own');

    // Seven months on, past the mid-term report's day: the report not issued is raised due, the issued one never.
    clock.set(new Date(clock.now().getTime() + 210 * DAY_MS).toISOString());
    await watch.fireDue();
    await watch.holds(notIssued, 'monitoring.ReportDue');
    await watch.fireDue();
    const reportDue = async (caseId: string) => (await watch.stream(caseId)).filter((e) => e.type === 'monitoring.ReportDue').map((e) => e.data.report);
    expect(await reportDue(notIssued)).toEqual(['mid_term']);
    expect(await reportDue(issued)).toEqual([]);
    const due = await watch.listed('/alerts/reports-due?country=SN', (b) => b.items.some((i) => i.caseId === notIssued));
    expect(due.items.map((i) => i.caseId)).not.toContain(issued);
  }, 90000);
});
