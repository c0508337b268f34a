import { dayOn, approvedPlan, intakePlanningMonitoring, ME_OFFICER_SN, monitoringForms as forms, type MonitoringClient } from './monitoring-writes.scenario';
import { AUDITOR, CASE_MANAGER_SN, type PlanningClient } from './planning-writes.scenario';
import type { IntakeClient } from './intake-writes.scenario';
import { PROVISIONAL_RSS_TABLE } from '@homeward/contracts/monitoring';
import type { ManualClock } from '@homeward/events';
import { MonitoringSettings } from '../../apps/monitoring/src/settings/monitoring-settings';
import { eventually } from '../testing/test-services';

describe('Monitoring over HTTP: from a plan approved in planning to the schedule, a meeting, surveys, an overdue alert and closure', () => {
  let cases: IntakeClient;
  let plans: PlanningClient;
  let watch: MonitoringClient;
  let clock: ManualClock;
  let close: () => Promise<void>;

  beforeAll(async () => ({ cases, plans, watch, clock, close } = await intakePlanningMonitoring()));
  afterAll(() => close?.());

  it('schedules from the approval, records a meeting and surveys with provisional scores, raises an overdue follow-up once when the clock passes it, and stops alerts at closure', async () => {
    const caseId = await approvedPlan(cases, plans);
    const c = `/cases/${caseId}`;
    const today = dayOn(clock);

    // Planning's approval, carried by its topic, starts monitoring under the Dakar office's rules (example-sn: 18 months).
    const noted = (await watch.holds(caseId, 'monitoring.ApprovedPlanNoted')).find((e) => e.type === 'monitoring.ApprovedPlanNoted')!;
    expect(noted).toMatchObject({ country: 'SN', actor: { userId: 'follow-plan-when-planning-decides', role: 'system' } });
    expect(noted.data).toMatchObject({ planVersion: 1, approvedOn: today, planCreatedOn: today, rules: { rulesId: 'example-sn', rulesVersion: 1 }, elements: [{ elementId: 'e-grant', type: 'financial_allocation' }, { elementId: 'e-training', type: 'vocational_training' }] });

    const schedule = (await watch.get(`${c}/schedule`)).body;
    expect(schedule).toMatchObject({ caseId, status: 'open', plan: { version: 1, country: 'SN', approvedOn: today } });
    expect(schedule.meetings.slice(0, 4).map((m: { dueOn: string }) => m.dueOn)).toEqual([15, 30, 60, 90].map((d) => dayOn(clock, d)));
    expect(schedule.rssSurveys[0]).toMatchObject({ followUpId: 'rss-0', dueOn: today, status: 'pending' });
    expect(schedule.reports.map((r: { report: string }) => r.report)).toEqual(['mid_term', 'final']);
    // M&E officers and auditors read schedules; another country's staff meet an unknown case.
    expect((await watch.get(`${c}/schedule`, ME_OFFICER_SN)).status).toBe(200);
    expect((await watch.get(`${c}/schedule`, AUDITOR)).status).toBe(200);
    expect((await watch.get(`${c}/schedule`, { userId: 'cm-ma', role: 'case_manager', countries: ['MA'] })).body).toMatchObject({ statusCode: 404, code: 'MONITORING_NOT_FOUND' });
    expect((await watch.get(`${c}/schedule`, { userId: 'sp-1', role: 'service_provider', countries: ['SN'] })).status).toBe(403);

    // A meeting off the schedule, with a W-model point; a status for an element the plan lacks is refused whole.
    const meeting = await watch.expect201(`${c}/meetings`, forms.meeting(today));
    expect(meeting.events).toEqual(['monitoring.FollowUpMeetingRecorded', 'monitoring.WModelPointRecorded']);
    expect((await watch.post(`${c}/meetings`, forms.meeting(today, { elementStatuses: [{ elementId: 'e-unknown', status: 'delivered' }] }))).body).toMatchObject({ statusCode: 422, code: 'ELEMENT_NOT_IN_PLAN' });

    // The baseline survey, scored under the provisional table, which the answer says (4 of 5 everywhere: .75, debt's turned round to .25).
    const baseline = await watch.expect201(`${c}/surveys`, forms.survey(today, forms.answers(4)), ME_OFFICER_SN);
    expect(baseline).toMatchObject({ tableVersion: 'rss-provisional-1', provisional: true, scores: { economic: 0.55, social: 0.75, psychosocial: expect.any(Number), composite: expect.any(Number) } });
    expect(baseline.notice.en).toMatch(/provisional/i);
    const incomplete = await watch.post(`${c}/surveys`, forms.survey(today, { 'econ-income': 3 }), ME_OFFICER_SN);
    expect(incomplete.body).toMatchObject({ statusCode: 400, code: 'RSS_ANSWER_MISSING' });
    expect(JSON.stringify(incomplete.body)).toMatch(/answers\.econ-/);

    // A case manager moves the first meeting, then the clock passes its new day: overdue, raised once.
    await watch.expect201(`${c}/follow-ups/p1-m1/move`, { dueOn: dayOn(clock, 16), reason: 'She is at her sister’s wedding' });
    clock.set(new Date(clock.now().getTime() + 18 * 86_400_000).toISOString());
    await watch.fireDue();
    const alerted = await watch.holds(caseId, 'monitoring.FollowUpOverdue');
    expect(alerted.filter((e) => e.type === 'monitoring.FollowUpOverdue').map((e) => [e.data.followUpId, e.actor.userId])).toEqual([['p1-m1', 'raise-overdue-when-follow-up-passes']]);
    await watch.fireDue();
    expect((await watch.stream(caseId)).filter((e) => e.type === 'monitoring.FollowUpOverdue')).toHaveLength(1);
    const overdue = await watch.listed('/alerts/overdue-follow-ups?country=SN', (b) => b.items.some((i) => i.caseId === caseId));
    expect(overdue.items.find((i) => i.caseId === caseId)).toEqual({ caseId, followUpId: 'p1-m1', kind: 'meeting', dueOn: dayOn(clock, -2), country: 'SN', raisedAt: expect.any(String) });
    expect((await watch.get(`${c}/schedule`)).body.meetings[0]).toMatchObject({ followUpId: 'p1-m1', overdue: true });

    // A second survey with a drop recommends a plan review.
    const dropped = await watch.expect201(`${c}/surveys`, forms.survey(dayOn(clock), forms.answers(2)), ME_OFFICER_SN);
    expect(dropped.events).toEqual(['monitoring.RssSurveyRecorded', 'monitoring.PlanReviewRecommended']);
    // Planning, which consumes monitoring's topic, shows the recommendation on the plan.
    const plan = await eventually(() => plans.get(`/plans/${caseId}`), (r) => r.body.reviewRecommendations?.length > 0, 15000);
    expect(plan.body.reviewRecommendations).toEqual([
      { reason: 'rss_drop', surveyId: dropped.surveyId, previousSurveyId: baseline.surveyId, threshold: 0.1, drops: expect.arrayContaining([expect.objectContaining({ score: 'composite' })]), recommendedAt: expect.any(String) },
    ]);
    const trend = (await watch.get(`${c}/rss-trend`, ME_OFFICER_SN)).body;
    expect(trend).toMatchObject({ caseId, provisional: true });
    expect(trend.surveys.map((s: { scores: { composite: number } }) => s.scores.composite)).toEqual([baseline.scores.composite, dropped.scores.composite]);

    // Closure with the handover: what was to come is cancelled, and moving the clock far raises nothing more.
    const closed = await watch.expect201(`${c}/closure`, forms.close(dayOn(clock)));
    expect(closed.events[0]).toBe('monitoring.MonitoringClosed');
    expect((await watch.post(`${c}/meetings`, forms.meeting(dayOn(clock)))).body).toMatchObject({ statusCode: 409, code: 'MONITORING_CLOSED' });
    const before = (await watch.stream(caseId)).length;
    clock.set(new Date(clock.now().getTime() + 400 * 86_400_000).toISOString());
    await new Promise((r) => setTimeout(r, 500));
    await watch.fireDue();
    expect((await watch.stream(caseId)).length).toBe(before);
    await watch.listed('/alerts/overdue-follow-ups?country=SN', (b) => !b.items.some((i) => i.caseId === caseId));
    expect((await watch.get(`${c}/schedule`)).body).toMatchObject({ status: 'closed' });
  }, 120000);

  it('writes by role: auditors and data analysts record nothing (403); a survey is an M&E officer’s too', async () => {
    const caseId = await approvedPlan(cases, plans);
    await watch.holds(caseId, 'monitoring.ApprovedPlanNoted');
    const c = `/cases/${caseId}`;
    expect((await watch.post(`${c}/meetings`, forms.meeting(dayOn(clock)), AUDITOR)).body).toMatchObject({ statusCode: 403, code: 'ROLE_NOT_ALLOWED' });
    expect((await watch.post(`${c}/closure`, forms.close(dayOn(clock)), ME_OFFICER_SN)).status).toBe(403);
    expect((await watch.post(`${c}/surveys`, forms.survey(dayOn(clock), forms.answers(3)), { userId: 'da', role: 'data_analyst', countries: ['SN'] })).status).toBe(403);
    expect((await watch.post(`${c}/surveys`, forms.survey(dayOn(clock), forms.answers(3)), CASE_MANAGER_SN)).status).toBe(201);
  }, 60000);

  it('re-scores past surveys under a new table version, keeping the old scores beside; an unknown version is refused', async () => {
    const caseId = await approvedPlan(cases, plans);
    await watch.holds(caseId, 'monitoring.ApprovedPlanNoted');
    const c = `/cases/${caseId}`;
    const first = await watch.expect201(`${c}/surveys`, forms.survey(dayOn(clock), forms.answers(4)), ME_OFFICER_SN);
    // A table weighing the economic dimension double: the composite changes, the dimensions do not.
    const v2 = { ...PROVISIONAL_RSS_TABLE, version: 'rss-provisional-2', dimensionWeights: { ...PROVISIONAL_RSS_TABLE.dimensionWeights, economic: { value: 2, source: 'assumed' } } };
    watch.service.app.get(MonitoringSettings).publishTable(v2);
    expect((await watch.post(`${c}/surveys/rescoring`, { tableVersion: 'rss-verified-9' }, ME_OFFICER_SN)).body).toMatchObject({ statusCode: 422, code: 'RSS_TABLE_UNKNOWN' });
    expect((await watch.expect201(`${c}/surveys/rescoring`, { tableVersion: 'rss-provisional-2' }, ME_OFFICER_SN)).events).toEqual(['monitoring.RssSurveyRescored']);
    const [survey] = (await watch.get(`${c}/rss-trend`, ME_OFFICER_SN)).body.surveys;
    expect(survey.tableVersion).toBe('rss-provisional-2');
    expect(survey.scoresByTable['rss-provisional-1']).toEqual(first.scores);
    expect(survey.scoresByTable['rss-provisional-2'].composite).not.toBe(first.scores.composite);
  }, 60000);
});
