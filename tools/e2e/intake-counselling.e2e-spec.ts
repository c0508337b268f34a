import type { RunningService } from '@homeward/platform';
import { day, forms, IntakeClient, startIntake } from './intake-writes.scenario';

describe('Intake: counselling sessions over HTTP', () => {
  let intake: RunningService;
  let client: IntakeClient;

  beforeAll(async () => {
    intake = await startIntake();
    client = new IntakeClient(intake);
  });
  afterAll(() => intake?.close());

  const sessions = (caseId: string) => `/cases/${caseId}/sessions`;
  const step = (caseId: string, sessionId: string, name: string) => `${sessions(caseId)}/${sessionId}/steps/${name}`;

  it('schedules a session with an id made by the server, and starts it', async () => {
    const caseId = await client.openCase();
    const scheduled = await client.post(sessions(caseId), forms.schedule());
    expect(scheduled.status).toBe(201);
    expect(scheduled.body).toMatchObject({ caseId, events: ['intake.CounsellingSessionScheduled'] });
    const { sessionId } = scheduled.body;
    expect(sessionId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-/);
    const started = await client.post(`${sessions(caseId)}/${sessionId}/start`);
    expect(started.status).toBe(201);
    expect(started.body.events).toEqual(['intake.CounsellingSessionStarted']);
    expect((await client.history(caseId)).at(-1)!.data).toMatchObject({ sessionId, phase: 'pre_departure' });
  });

  it('records the six steps of a first session with consent; closing completes it', async () => {
    const caseId = await client.openCase();
    const sessionId = await client.startedSession(caseId);
    const steps: Array<[string, object]> = [
      ['preparation', forms.preparation()],
      ['trust', forms.trust()],
      ['process-and-consent', forms.processAndConsent()],
    ];
    for (const [name, form] of steps) expect((await client.post(step(caseId, sessionId, name), form)).status).toBe(201);
    await client.consent(caseId);
    expect((await client.post(step(caseId, sessionId, 'vulnerabilities'), forms.vulnerabilities())).status).toBe(201);
    expect((await client.post(step(caseId, sessionId, 'plan-design'), forms.planDesign())).status).toBe(201);
    const closed = await client.post(step(caseId, sessionId, 'closing'), forms.closing());
    expect(closed.status).toBe(201);
    expect(closed.body.events).toEqual(['intake.CounsellingStepRecorded', 'intake.CounsellingSessionEnded']);

    const history = await client.history(caseId);
    const recorded = history.filter((e) => e.type === 'intake.CounsellingStepRecorded');
    expect(recorded.map((e) => e.data.step)).toEqual(['preparation', 'trust', 'process_and_consent', 'vulnerabilities', 'plan_design', 'closing']);
    expect(recorded[0].data.personal).toEqual({ step: 'preparation', ...forms.preparation() });
    expect(recorded[4].data.personal).toMatchObject({ goals: ['Reopen the tailoring shop'], lifePlan: 'Live near her mother in Thiès' });
    expect(history.at(-1)!.data).toMatchObject({ sessionId, outcome: 'completed', nextSessionDate: day(30) });
  });

  it('refuses an interpreter who is not bound to confidentiality (400 INTERPRETER_NOT_BOUND)', async () => {
    const caseId = await client.openCase();
    const sessionId = await client.startedSession(caseId);
    const before = await client.head();
    const res = await client.post(step(caseId, sessionId, 'preparation'), { ...forms.preparation(), interpreter: { present: true } });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('INTERPRETER_NOT_BOUND');
    expect(await client.head()).toBe(before);
  });

  it('needs consent to assistance before vulnerabilities and plan design (409), and refusal blocks them for good', async () => {
    const caseId = await client.openCase();
    const sessionId = await client.startedSession(caseId);
    const before = await client.head();
    const early = await client.post(step(caseId, sessionId, 'plan-design'), forms.planDesign());
    expect(early.status).toBe(409);
    expect(early.body.code).toBe('CONSENT_REQUIRED');
    expect(await client.head()).toBe(before);

    const { dataCategories: _, ...refusal } = { ...forms.assistanceConsent(), decision: 'refused' };
    await client.consent(caseId, refusal);
    const refused = await client.post(step(caseId, sessionId, 'vulnerabilities'), forms.vulnerabilities());
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('ASSISTANCE_REFUSED');
  });

  it('pauses and resumes a session; no step while it is paused', async () => {
    const caseId = await client.openCase();
    const sessionId = await client.startedSession(caseId);
    const paused = await client.post(`${sessions(caseId)}/${sessionId}/pause`, forms.pause());
    expect(paused.status).toBe(201);
    expect((await client.history(caseId)).at(-1)!.data.personal).toEqual({ reason: 'A break' });

    const whilePaused = await client.post(step(caseId, sessionId, 'trust'), forms.trust());
    expect(whilePaused.status).toBe(409);
    expect(whilePaused.body.code).toBe('SESSION_NOT_IN_PROGRESS');

    expect((await client.post(`${sessions(caseId)}/${sessionId}/resume`)).status).toBe(201);
    expect((await client.post(step(caseId, sessionId, 'trust'), {})).status).toBe(201);
    const again = await client.post(`${sessions(caseId)}/${sessionId}/resume`);
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('SESSION_NOT_PAUSED');
  });

  it('continues a session later in a new one, which can start', async () => {
    const caseId = await client.openCase();
    const sessionId = await client.startedSession(caseId);
    const res = await client.post(`${sessions(caseId)}/${sessionId}/continue-later`, forms.continueLater());
    expect(res.status).toBe(201);
    expect(res.body.events).toEqual(['intake.CounsellingSessionEnded', 'intake.CounsellingSessionScheduled']);
    const { nextSessionId } = res.body;
    const [ended, scheduled] = (await client.history(caseId)).slice(-2);
    expect(ended.data).toMatchObject({ sessionId, outcome: 'continued_later', continuedInSessionId: nextSessionId });
    expect(scheduled.data).toMatchObject({ sessionId: nextSessionId, continuesSessionId: sessionId, phase: 'pre_departure' });
    expect((await client.post(`${sessions(caseId)}/${nextSessionId}/start`)).status).toBe(201);
  });

  it('answers 404 SESSION_NOT_FOUND for a session the case does not have', async () => {
    const caseId = await client.openCase();
    const res = await client.post(`${sessions(caseId)}/01a20864-9dce-701c-9b45-c16697a4e9a3/start`);
    expect(res.status).toBe(404);
    expect(res.body).toMatchObject({ code: 'SESSION_NOT_FOUND', errors: [{ field: 'sessionId' }] });
  });

  it('keeps pre-departure and post-arrival apart, and reviews the pre-departure plan at the first session after arrival', async () => {
    const caseId = await client.openCase();
    await client.consent(caseId);
    const before = await client.startedSession(caseId, 'pre_departure');
    await client.expect201(step(caseId, before, 'plan-design'), forms.planDesign());
    const { sessionId: after } = await client.expect201(sessions(caseId), forms.schedule('post_arrival'));
    const notArrived = await client.post(`${sessions(caseId)}/${after}/start`);
    expect(notArrived.status).toBe(409);
    expect(notArrived.body.code).toBe('NOT_ARRIVED');

    await client.expect201(`/cases/${caseId}/arrival`, forms.arrival());
    expect((await client.post(sessions(caseId), forms.schedule('pre_departure'))).body.code).toBe('ALREADY_ARRIVED');
    await client.expect201(`${sessions(caseId)}/${after}/start`);
    const unreviewed = await client.post(step(caseId, after, 'plan-design'), forms.planDesign());
    expect(unreviewed.status).toBe(409);
    expect(unreviewed.body.code).toBe('PLAN_REVIEW_REQUIRED');
    const reviewed = await client.post(step(caseId, after, 'plan-design'), { ...forms.planDesign(), preDeparturePlanReview: { outcome: 'revised', notes: 'Shop in Dakar instead' } });
    expect(reviewed.status).toBe(201);
  });
});
