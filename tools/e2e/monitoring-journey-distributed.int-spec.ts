import { randomBytes } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import { ManualClock, pgExecutor } from '@homeward/events';
import { requireEnv } from '@homeward/events/testing';
import type { Principal, RunningService } from '@homeward/platform';
import { OVERDUE_FOLLOW_UPS } from '../../apps/monitoring/src/alerts/overdue-follow-ups.projection';
import { intakeService } from '../../apps/intake/src/intake.module';
import { monitoringService } from '../../apps/monitoring/src/monitoring.module';
import { planningService } from '../../apps/planning/src/planning.module';
import { pdfText } from '@homeward/testing/pdf';
import { eventually, startTestService } from '../testing/test-services';
import { IntakeClient } from './intake-writes.scenario';
import { unservedMonitoringQueries } from './monitoring-index-coverage';
import { approvedPlan, dayOn, ME_OFFICER_SN, MonitoringClient, monitoringForms as forms } from './monitoring-writes.scenario';
import { AUDITOR, CASE_MANAGER_SN, PlanningClient, SUPERVISOR_SN } from './planning-writes.scenario';

const DAY_MS = 86_400_000;
/** Who registered her in intake (its scenario's default): the one case manager whom the report names her to. */
const HER_CASE_MANAGER: Partial<Principal> = { userId: 'cm-awa', role: 'case_manager', countries: ['SN', 'MA'] };
const ALERTS = ['monitoring.FollowUpOverdue', 'monitoring.ReportDue'];

/**
 * Issue 14's walk in distributed mode: intake, planning and monitoring as three services, each its event
 * store on real PostgreSQL, each learning of the others through real Kafka (their own topics under the
 * run's prefix), monitoring's read models on FerretDB and its clock a ManualClock the test moves. A plan
 * approved in planning becomes monitoring's schedule; the clock passes a meeting and the overdue alert is
 * raised once; two surveys with a drop put a review recommendation on the plan in planning; the mid-term
 * report's PDF holds the W-model chart; closed, the case raises nothing more. Then monitoring reads its
 * log into PostgreSQL read models, which must answer alike, every query through a declared index on both.
 */
describe('Distributed mode: a case monitored from its approved plan to its closure, across intake, planning and monitoring on real PostgreSQL, Kafka and FerretDB', () => {
  requireEnv('HOMEWARD_PG_URL');
  requireEnv('HOMEWARD_KAFKA_BROKERS');
  requireEnv('HOMEWARD_MONGO_URL');
  const namespace = `mj${randomBytes(4).toString('hex')}`;
  const clock = new ManualClock(new Date());
  let intake: RunningService;
  let planning: RunningService;
  let monitoring: RunningService | undefined;
  let cases: IntakeClient;
  let plans: PlanningClient;
  let watch: MonitoringClient;
  let caseId: string;
  const c = () => `/cases/${caseId}`;
  const later = (days: number) => clock.set(new Date(clock.now().getTime() + days * DAY_MS).toISOString());

  const startMonitoring = async (readModels: 'mongo' | 'postgres') => {
    monitoring = await startTestService('monitoring', monitoringService, { mode: 'distributed', namespace, readModels, clock });
    watch = new MonitoringClient(monitoring);
    // Its deadlines run on the instance holding the reactions' lease.
    await eventually(async () => monitoring!.infra.reactions.running, (running) => running, 20000);
  };
  /** Fires the deadlines until the case holds an event of this type (the to-do lists are projected behind the log). */
  const firedUntil = (type: string) =>
    eventually(
      async () => (await monitoring!.infra.reactions.fireDue(), watch.stream(caseId)),
      (events) => events.some((e) => e.type === type),
      20000,
    );

  beforeAll(async () => {
    const distributed = { mode: 'distributed', namespace, readModels: 'postgres' } as const;
    [intake, planning] = await Promise.all([startTestService('intake', intakeService, distributed), startTestService('planning', planningService, distributed), startMonitoring('mongo')]);
    cases = new IntakeClient(intake);
    plans = new PlanningClient(planning);
  }, 60000);
  afterAll(async () => {
    await monitoring?.close();
    await planning?.close();
    await intake?.close();
  });

  it('schedules from the plan approved in planning, caused by its event carried by Kafka', async () => {
    caseId = await approvedPlan(cases, plans);
    await cases.consent(caseId);
    const noted = (await watch.holds(caseId, 'monitoring.ApprovedPlanNoted')).find((e) => e.type === 'monitoring.ApprovedPlanNoted')!;
    const approval = (await plans.plan(caseId)).find((e) => e.type === 'planning.PlanApproved')!;
    expect(noted).toMatchObject({ causationId: approval.eventId, country: 'SN', data: { planVersion: 1, rules: { rulesId: 'example-sn' } } });
    const schedule = (await watch.get(`${c()}/schedule`)).body;
    const today = dayOn(clock);
    expect(schedule.meetings.slice(0, 4).map((m: { dueOn: string }) => m.dueOn)).toEqual([15, 30, 60, 90].map((d) => dayOn(clock, d)));
    expect(schedule.rssSurveys[0]).toMatchObject({ followUpId: 'rss-0', dueOn: today, status: 'pending' });
    expect(schedule.reports.map((r: { report: string }) => r.report)).toEqual(['mid_term', 'final']);
  }, 30000);

  it('raises the overdue alert once the clock passes the first meeting, once however often the deadlines fire', async () => {
    await watch.expect201(`${c()}/surveys`, forms.survey(dayOn(clock), forms.answers(4)), ME_OFFICER_SN);
    later(17);
    await firedUntil('monitoring.FollowUpOverdue');
    await monitoring!.infra.reactions.fireDue();
    const raised = (await watch.stream(caseId)).filter((e) => e.type === 'monitoring.FollowUpOverdue');
    expect(raised.map((e) => [e.data.followUpId, e.actor.userId])).toEqual([['p1-m1', 'raise-overdue-when-follow-up-passes']]);
    const listed = await watch.listed('/alerts/overdue-follow-ups?country=SN', (b) => b.items.some((i) => i.caseId === caseId));
    expect(listed.items).toEqual([{ caseId, followUpId: 'p1-m1', kind: 'meeting', dueOn: dayOn(clock, -2), country: 'SN', raisedAt: expect.any(String) }]);
  }, 30000);

  it('recommends a plan review after a drop, which planning shows on the plan, told by monitoring’s topic', async () => {
    const dropped = await watch.expect201(`${c()}/surveys`, forms.survey(dayOn(clock), forms.answers(2)), ME_OFFICER_SN);
    expect(dropped.events).toEqual(['monitoring.RssSurveyRecorded', 'monitoring.PlanReviewRecommended']);
    const plan = await eventually(() => plans.get(`/plans/${caseId}`), (r) => r.body.reviewRecommendations?.length > 0, 20000);
    expect(plan.body.reviewRecommendations).toEqual([expect.objectContaining({ reason: 'rss_drop', surveyId: dropped.surveyId, threshold: 0.1 })]);
  }, 30000);

  it('holds the late meeting with W-model points, and the mid-term report’s PDF draws them', async () => {
    const held = await watch.expect201(`${c()}/meetings`, forms.meeting(dayOn(clock), { followUpId: 'p1-m1', elementStatuses: [{ elementId: 'e-training', status: 'in_progress' }] }));
    expect(held.events).toEqual(['monitoring.FollowUpMeetingRecorded', 'monitoring.WModelPointRecorded']);
    await watch.listed('/alerts/overdue-follow-ups?country=SN', (b) => !b.items.some((i) => i.caseId === caseId));
    // The report's read model runs behind the meeting; her name comes from intake's topic, under her consent.
    await eventually(() => watch.get(`${c()}/reports/mid_term`, HER_CASE_MANAGER), (r) => r.text?.includes('The rent of the shop doubled') && r.text.includes('Returnee: Awa'), 20000);
    const pdf = await watch.download(`${c()}/reports/mid_term?format=pdf&lang=en`, HER_CASE_MANAGER);
    expect([pdf.status, pdf.headers['content-type']]).toEqual([200, 'application/pdf']);
    const text = (await pdfText(pdf.body)).join(' ').replace(/\s+/g, ' ');
    for (const words of ['Mid-term monitoring report', `Case reference: ${caseId}`, 'Returnee: Awa', 'W-model: highs (+) and lows (-) by dimension', 'Direction × intensity', 'Economic, low 4/5: The rent of the shop doubled']) {
      expect(text).toContain(words);
    }
  }, 30000);

  it('closes the case: what was to come is cancelled, and two years on the clock raise no alert', async () => {
    const closed = await watch.expect201(`${c()}/closure`, forms.close(dayOn(clock)), SUPERVISOR_SN);
    expect(closed.events[0]).toBe('monitoring.MonitoringClosed');
    const before = (await watch.stream(caseId)).length;
    later(730);
    await monitoring!.infra.reactions.fireDue();
    await new Promise((r) => setTimeout(r, 500));
    await monitoring!.infra.reactions.fireDue();
    const after = (await watch.stream(caseId)).slice(before);
    expect(after.filter((e) => ALERTS.includes(e.type))).toEqual([]);
    expect((await watch.get(`${c()}/schedule`)).body).toMatchObject({ status: 'closed', reports: [{ due: false }, { due: false }] });
    expect((await watch.get('/alerts/reports-due?country=SN')).body).toMatchObject({ items: [], total: 0 });
  }, 30000);

  it('answers every query of the read side and its deadlines on FerretDB, each served by a declared index', async () => {
    expect(await unservedMonitoringQueries(monitoring!, caseId)).toEqual([]);
  }, 30000);

  describe('the same log read into PostgreSQL read models (HOMEWARD_READ_MODELS=postgres)', () => {
    const compared = () =>
      [
        ['/cases', CASE_MANAGER_SN],
        ['/cases?country=SN', ME_OFFICER_SN],
        [`${c()}/schedule`, CASE_MANAGER_SN],
        [`${c()}/rss-trend`, ME_OFFICER_SN],
        ['/alerts/overdue-follow-ups', AUDITOR],
        ['/alerts/reports-due?country=SN', CASE_MANAGER_SN],
        [`${c()}/reports/mid_term?lang=en`, HER_CASE_MANAGER],
        [`${c()}/reports/final?lang=fr`, SUPERVISOR_SN],
      ] as const;
    const answers = async () => Promise.all(compared().map(async ([path, who]) => [path, who.userId, ((r) => (r.type === 'text/html' ? r.text : r.body))(await watch.get(path, who))] as const));
    let onFerret: Awaited<ReturnType<typeof answers>>;

    beforeAll(async () => {
      onFerret = await answers();
      // Monitoring restarted on another read-model store: it projects its whole log into PostgreSQL, FerretDB left as it was.
      await monitoring!.close();
      monitoring = undefined;
      await startMonitoring('postgres');
    }, 30000);

    it('answers the case list, the schedule, the trend, the alert lists and the reports exactly as FerretDB did', async () => {
      const onPostgres = await eventually(answers, (now) => isDeepStrictEqual(now, onFerret), 20000);
      expect(onPostgres).toEqual(onFerret);
      expect(String(onFerret.find(([path]) => path.endsWith('mid_term?lang=en'))![2])).toContain('The rent of the shop doubled');
      // Read from PostgreSQL indeed: the overdue list's rows (none now: the meeting was held) live in the service's read-model schema there.
      const sql = await pgExecutor(requireEnv('HOMEWARD_PG_URL'), 1);
      try {
        const table = `monitoring_${namespace}_read_models."rm_${await monitoring!.infra.readModels.physicalOf(OVERDUE_FOLLOW_UPS)}"`;
        expect((await sql.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`)).rows[0].n).toBe(0);
      } finally {
        await sql.close();
      }
    }, 30000);

    it('answers every query of the read side and its deadlines on PostgreSQL, each served by a declared index; the restart raised nothing again', async () => {
      expect(await unservedMonitoringQueries(monitoring!, caseId)).toEqual([]);
      expect((await watch.stream(caseId)).filter((e) => ALERTS.includes(e.type)).map((e) => e.data.followUpId)).toEqual(['p1-m1']);
    }, 30000);
  });
});
