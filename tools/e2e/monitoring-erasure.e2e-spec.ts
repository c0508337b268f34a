import type { ManualClock } from '@homeward/events';
import type { Principal } from '@homeward/platform';
import { eventually } from '../testing/test-services';
import { SUPERVISOR, type IntakeClient } from './intake-writes.scenario';
import { approvedPlan, dayOn, intakePlanningMonitoring, ME_OFFICER_SN, monitoringForms as forms, type MonitoringClient } from './monitoring-writes.scenario';
import { SUPERVISOR_SN, type PlanningClient } from './planning-writes.scenario';

/** Who registered her in intake (its scenario's default): the one case manager whom the report names her to. */
const HER_CASE_MANAGER: Partial<Principal> = { userId: 'cm-awa', role: 'case_manager', countries: ['SN', 'MA'] };

/**
 * Intake's erasure reaches monitoring over HTTP, as a user sees it (the deciders' rule is in libs/domain's
 * erasure.spec, the report's rendering in case-report's specs): the schedule says she was erased, the report
 * names no one and keeps the W-model's points without her words, and every write about her answers 409.
 */
describe('Embedded mode: a returnee erased in intake, as monitoring answers over HTTP', () => {
  let cases: IntakeClient;
  let plans: PlanningClient;
  let watch: MonitoringClient;
  let clock: ManualClock;
  let close: () => Promise<void>;

  beforeAll(async () => ({ cases, plans, watch, clock, close } = await intakePlanningMonitoring()));
  afterAll(() => close?.());

  it('shows her erased in the schedule and the report, keeps the scores, and refuses every write about her with RETURNEE_ERASED', async () => {
    const caseId = await approvedPlan(cases, plans);
    const c = `/cases/${caseId}`;
    await cases.consent(caseId);
    await watch.holds(caseId, 'monitoring.ApprovedPlanNoted');
    const today = dayOn(clock);
    await watch.expect201(`${c}/meetings`, forms.meeting(today));
    const survey = await watch.expect201(`${c}/surveys`, forms.survey(today, forms.answers(4)), ME_OFFICER_SN);
    // Before: the report names her (under her consent) and tells what happened.
    const named = await eventually(() => watch.get(`${c}/reports/mid_term?lang=en`, HER_CASE_MANAGER), (r) => r.text.includes('Returnee: Awa') && r.text.includes('The rent of the shop doubled'), 15000);
    expect(named.text).toContain('Returnee: Awa');
    expect(named.text).toContain('The rent of the shop doubled');

    await cases.expect201(`${c}/erasure`, { reason: 'data_subject_request' }, SUPERVISOR);
    await watch.holds(caseId, 'monitoring.ReturneeErasureNoted');

    const schedule = (await watch.get(`${c}/schedule`)).body;
    expect(schedule).toMatchObject({ caseId, status: 'open', erasedAt: expect.any(String) });
    expect(schedule.meetings.length).toBeGreaterThan(0);
    const report = await eventually(() => watch.get(`${c}/reports/mid_term?lang=en`, HER_CASE_MANAGER), (r) => r.text.includes('Returnee: personal data erased'), 15000);
    expect(report.text).toContain('Returnee: personal data erased');
    expect(report.text).toContain('(what happened was erased with her personal data)');
    expect(report.text).not.toContain('The rent of the shop doubled');
    expect(report.text).not.toMatch(/Returnee: Awa/);
    // Scores are not her words: the trend keeps them.
    expect((await watch.get(`${c}/rss-trend`, ME_OFFICER_SN)).body.surveys).toEqual([expect.objectContaining({ surveyId: survey.surveyId, scores: survey.scores })]);

    const before = await watch.head();
    const writes: Array<[string, object, typeof SUPERVISOR_SN?]> = [
      [`${c}/meetings`, forms.meeting(today)],
      [`${c}/w-model-points`, { occurredOn: today, dimension: 'social', direction: 'up', intensity: 2, whatHappened: 'Joined the savings group' }],
      [`${c}/surveys`, forms.survey(today, forms.answers(3))],
      [`${c}/follow-ups`, { kind: 'meeting', dueOn: dayOn(clock, 3), reason: 'Before the training' }],
      [`${c}/follow-ups/p1-m2/move`, { dueOn: dayOn(clock, 40), reason: 'A wedding' }],
      [`${c}/reports/mid_term/issuance`, { issuedOn: today }],
      [`${c}/closure`, forms.close(today), SUPERVISOR_SN],
    ];
    for (const [path, body, who] of writes) expect([path, (await watch.post(path, body, who)).body]).toEqual([path, expect.objectContaining({ statusCode: 409, code: 'RETURNEE_ERASED' })]);
    expect(await watch.head()).toBe(before);
  }, 90000);
});
