import type { SessionStepDetails, CaseEvent } from '@homeward/contracts/intake';
import type { CaseCommand } from './case.commands';
import { afterCommands, command, given, registered, when, withAssistanceConsent } from './testing/case-fixtures';

const schedule = (sessionId: string, phase: 'pre_departure' | 'post_arrival') =>
  command('ScheduleSession', { sessionId, phase, scheduledFor: '2026-11-23T10:00:00.000Z' });
const start = (sessionId: string) => command('StartSession', { sessionId });
const step = (sessionId: string, details: SessionStepDetails) => command('RecordSessionStep', { sessionId, details });
const preparation: SessionStepDetails = {
  step: 'preparation',
  hostCountryInformationReviewed: true,
  privatePlace: true,
  recordsSecured: true,
  interpreter: { present: true, boundToConfidentiality: true, language: 'wo' },
};
const plan: SessionStepDetails = { step: 'plan_design', goals: ['Open a tailoring shop'], strengths: ['Sewing'], lifePlan: 'Settle in Thiès near family' };
const closing: SessionStepDetails = { step: 'closing', summary: 'Agreed on next steps', nextSessionDate: '2026-12-01' };
const types = (events: CaseEvent[]) => events.map((e) => e.type);
/** Steps 1 to 4 of a session: what a first session covers before its plan design. */
const stepsBeforePlan = (sessionId: string): CaseCommand[] => [
  step(sessionId, preparation),
  step(sessionId, { step: 'trust' }),
  step(sessionId, { step: 'process_and_consent', processExplained: true, rightToRefuseExplained: true }),
  step(sessionId, { step: 'vulnerabilities', screened: true }),
];

/** A pre-departure first session run to the end, all six steps. */
function firstSessionBeforeDeparture(): CaseEvent[] {
  return afterCommands(
    withAssistanceConsent(),
    schedule('s-1', 'pre_departure'),
    start('s-1'),
    step('s-1', preparation),
    step('s-1', { step: 'trust', notes: 'Talked about her family' }),
    step('s-1', { step: 'process_and_consent', processExplained: true, rightToRefuseExplained: true }),
    step('s-1', { step: 'vulnerabilities', screened: true }),
    step('s-1', plan),
    step('s-1', closing),
  );
}

describe('The first counselling session, six steps', () => {
  it('runs preparation, trust, process and consent, vulnerabilities, plan design and closing; closing ends the session with the next date', () => {
    const history = firstSessionBeforeDeparture();
    const session = given(history);
    expect(session).toMatchObject({ sessions: { 's-1': { status: 'ended', steps: ['preparation', 'trust', 'process_and_consent', 'vulnerabilities', 'plan_design', 'closing'] } } });
    expect(history[history.length - 1]).toMatchObject({ type: 'intake.CounsellingSessionEnded', data: { outcome: 'completed', nextSessionDate: '2026-12-01' } });
  });

  it('what is said in a session is personal data', () => {
    const [event] = when(afterCommands(withAssistanceConsent(), schedule('s-1', 'pre_departure'), start('s-1')), step('s-1', plan));
    const { personal, ...rest } = event.data as { personal: unknown };
    expect(personal).toEqual(plan);
    expect(JSON.stringify(rest)).not.toMatch(/tailoring|Sewing|Thiès/);
  });

  it('an interpreter present must be bound to confidentiality', () => {
    const history = afterCommands(registered(), schedule('s-1', 'pre_departure'), start('s-1'));
    expect(() => when(history, step('s-1', { ...preparation, interpreter: { present: true, boundToConfidentiality: false } } as SessionStepDetails))).toThrow(
      expect.objectContaining({ code: 'INTERPRETER_NOT_BOUND', field: 'details.interpreter.boundToConfidentiality' }),
    );
  });

  it('steps are recorded only while the session is in progress', () => {
    const scheduled = afterCommands(registered(), schedule('s-1', 'pre_departure'));
    expect(() => when(scheduled, step('s-1', { step: 'trust' }))).toThrow(expect.objectContaining({ code: 'SESSION_NOT_IN_PROGRESS' }));
    expect(() => when(scheduled, step('s-9', { step: 'trust' }))).toThrow(expect.objectContaining({ code: 'SESSION_NOT_FOUND' }));
  });
});

describe('A first session closes after its earlier steps', () => {
  const started = () => afterCommands(withAssistanceConsent(), schedule('s-1', 'pre_departure'), start('s-1'));

  it('closing a first session with only its closing step is refused, naming the missing steps', () => {
    expect(() => when(started(), step('s-1', closing))).toThrow(
      expect.objectContaining({
        code: 'FIRST_SESSION_INCOMPLETE',
        field: 'details.step',
        message: expect.stringContaining('preparation, trust, process_and_consent, vulnerabilities, plan_design'),
        details: { missingSteps: ['preparation', 'trust', 'process_and_consent', 'vulnerabilities', 'plan_design'] },
      }),
    );
  });

  it('names only what is missing', () => {
    const almost = afterCommands(started(), ...stepsBeforePlan('s-1'));
    expect(() => when(almost, step('s-1', closing))).toThrow(expect.objectContaining({ details: { missingSteps: ['plan_design'] } }));
  });

  it('what is left is continued later, and the steps done before count when the continuation closes', () => {
    const continued = afterCommands(
      started(),
      ...stepsBeforePlan('s-1'),
      command('ContinueSessionLater', { sessionId: 's-1', nextSessionId: 's-2', scheduledFor: '2026-11-25T10:00:00.000Z' }),
      start('s-2'),
      step('s-2', plan),
    );
    expect(types(when(continued, step('s-2', closing)))).toEqual(['intake.CounsellingStepRecorded', 'intake.CounsellingSessionEnded']);
  });

  it('once the first session of the phase is completed, a later session closes with what it covered', () => {
    const later = afterCommands(firstSessionBeforeDeparture(), schedule('s-2', 'pre_departure'), start('s-2'), step('s-2', { step: 'trust' }));
    expect(types(when(later, step('s-2', closing)))).toEqual(['intake.CounsellingStepRecorded', 'intake.CounsellingSessionEnded']);
  });

  it('after the returnee refused assistance, the steps that are assistance are not owed', () => {
    const refusedAssistance = afterCommands(
      registered(),
      command('RefuseConsent', { consentId: 'k-1', purpose: 'assistance', decidedOn: '2026-11-23', formVersion: 'v3', language: 'fr' }),
      schedule('s-1', 'pre_departure'),
      start('s-1'),
      step('s-1', preparation),
      step('s-1', { step: 'trust' }),
      step('s-1', { step: 'process_and_consent', processExplained: true, rightToRefuseExplained: true }),
    );
    expect(types(when(refusedAssistance, step('s-1', closing)))).toEqual(['intake.CounsellingStepRecorded', 'intake.CounsellingSessionEnded']);
  });

  it('the next session named at closing is within a year, not before today', () => {
    const ready = afterCommands(started(), ...stepsBeforePlan('s-1'), step('s-1', plan));
    expect(() => when(ready, step('s-1', { ...closing, nextSessionDate: '9999-01-01' } as SessionStepDetails))).toThrow(
      expect.objectContaining({ code: 'OUT_OF_RANGE', field: 'nextSessionDate' }),
    );
    expect(() => when(ready, step('s-1', { ...closing, nextSessionDate: '2026-11-22' } as SessionStepDetails))).toThrow(
      expect.objectContaining({ code: 'OUT_OF_RANGE', field: 'nextSessionDate' }),
    );
  });
});

describe('Vulnerability assessment and plan design need consent to assistance', () => {
  const inSession = () => afterCommands(registered(), schedule('s-1', 'pre_departure'), start('s-1'));

  it('without consent, the vulnerabilities step and plan design are refused', () => {
    expect(() => when(inSession(), step('s-1', { step: 'vulnerabilities', screened: true }))).toThrow(expect.objectContaining({ code: 'CONSENT_REQUIRED' }));
    expect(() => when(inSession(), step('s-1', plan))).toThrow(expect.objectContaining({ code: 'CONSENT_REQUIRED' }));
  });

  it('trust and the explanation of the process need no consent: they come before it', () => {
    expect(types(when(inSession(), step('s-1', { step: 'trust' })))).toEqual(['intake.CounsellingStepRecorded']);
  });

  it('after the returnee refused assistance, plan design is refused as such', () => {
    const refused = afterCommands(
      inSession(),
      command('RefuseConsent', { consentId: 'k-1', purpose: 'assistance', decidedOn: '2026-11-23', formVersion: 'v3', language: 'fr' }),
    );
    expect(given(refused).status).toBe('assistance_refused');
    expect(() => when(refused, step('s-1', plan))).toThrow(expect.objectContaining({ code: 'ASSISTANCE_REFUSED' }));
  });
});

describe('Sessions pause, resume and continue later', () => {
  const running = () => afterCommands(withAssistanceConsent(), schedule('s-1', 'pre_departure'), start('s-1'), step('s-1', preparation));

  it('a paused session takes no step until resumed', () => {
    const paused = afterCommands(running(), command('PauseSession', { sessionId: 's-1', reason: 'Returnee upset' }));
    expect(() => when(paused, step('s-1', { step: 'trust' }))).toThrow(expect.objectContaining({ code: 'SESSION_NOT_IN_PROGRESS' }));
    const resumed = afterCommands(paused, command('ResumeSession', { sessionId: 's-1' }));
    expect(types(when(resumed, step('s-1', { step: 'trust' })))).toEqual(['intake.CounsellingStepRecorded']);
  });

  it('only a paused session resumes', () => {
    expect(() => when(running(), command('ResumeSession', { sessionId: 's-1' }))).toThrow(expect.objectContaining({ code: 'SESSION_NOT_PAUSED' }));
  });

  it('continuing later ends this session and schedules the next one, linked to it, in the same phase', () => {
    const events = when(running(), command('ContinueSessionLater', { sessionId: 's-1', nextSessionId: 's-2', scheduledFor: '2026-11-25T10:00:00.000Z' }));
    expect(events).toEqual([
      expect.objectContaining({ type: 'intake.CounsellingSessionEnded', data: expect.objectContaining({ outcome: 'continued_later', continuedInSessionId: 's-2' }) }),
      expect.objectContaining({ type: 'intake.CounsellingSessionScheduled', data: expect.objectContaining({ sessionId: 's-2', phase: 'pre_departure', continuesSessionId: 's-1' }) }),
    ]);
  });

  it('an ended session does not start again', () => {
    const ended = firstSessionBeforeDeparture();
    expect(() => when(ended, start('s-1'))).toThrow(expect.objectContaining({ code: 'SESSION_NOT_STARTABLE' }));
  });
});

describe('Pre-departure and post-arrival sessions', () => {
  const arrived = (history: CaseEvent[]) => afterCommands(history, command('RecordArrival', { arrivalDate: '2026-11-22' }));
  const postArrival = (history: CaseEvent[]): CaseEvent[] => afterCommands(arrived(history), schedule('s-9', 'post_arrival'), start('s-9'), ...stepsBeforePlan('s-9'));

  it('a post-arrival session cannot start before arrival is recorded', () => {
    const history = afterCommands(registered(), schedule('s-9', 'post_arrival'));
    expect(() => when(history, start('s-9'))).toThrow(expect.objectContaining({ code: 'NOT_ARRIVED' }));
  });

  it('after arrival, no pre-departure session can be scheduled', () => {
    expect(() => when(arrived(registered()), schedule('s-2', 'pre_departure'))).toThrow(expect.objectContaining({ code: 'ALREADY_ARRIVED' }));
  });

  it('the first post-arrival session reviews the pre-departure plan: plan design without the review is refused', () => {
    expect(() => when(postArrival(firstSessionBeforeDeparture()), step('s-9', plan))).toThrow(
      expect.objectContaining({ code: 'PLAN_REVIEW_REQUIRED', field: 'details.preDeparturePlanReview' }),
    );
  });

  it('and it cannot close before the review; with the review it closes', () => {
    const history = postArrival(firstSessionBeforeDeparture());
    expect(() => when(history, step('s-9', closing))).toThrow(expect.objectContaining({ code: 'PLAN_REVIEW_REQUIRED' }));
    const reviewed = afterCommands(history, step('s-9', { ...plan, preDeparturePlanReview: { outcome: 'revised', notes: 'Shop in Dakar instead' } } as SessionStepDetails));
    expect(types(when(reviewed, step('s-9', closing)))).toEqual(['intake.CounsellingStepRecorded', 'intake.CounsellingSessionEnded']);
  });

  it('with no pre-departure plan there is nothing to review', () => {
    const history = postArrival(withAssistanceConsent());
    expect(types(when(history, step('s-9', plan)))).toEqual(['intake.CounsellingStepRecorded']);
  });

  it('later post-arrival sessions need no review once it was done', () => {
    const reviewed = afterCommands(
      postArrival(firstSessionBeforeDeparture()),
      step('s-9', { ...plan, preDeparturePlanReview: { outcome: 'confirmed' } } as SessionStepDetails),
      step('s-9', closing),
      schedule('s-10', 'post_arrival'),
      start('s-10'),
    );
    expect(types(when(reviewed, step('s-10', plan)))).toEqual(['intake.CounsellingStepRecorded']);
  });

  it('a session id is used once', () => {
    const commands: CaseCommand[] = [schedule('s-1', 'pre_departure')];
    expect(() => when(afterCommands(registered(), ...commands), schedule('s-1', 'post_arrival'))).toThrow(expect.objectContaining({ code: 'SESSION_ALREADY_EXISTS' }));
  });

  it('after arrival, a pre-departure session still open takes no more steps, and what is left of it continues after arrival', () => {
    const open = afterCommands(withAssistanceConsent(), schedule('s-1', 'pre_departure'), start('s-1'), step('s-1', preparation));
    const arrivedMeanwhile = arrived(open);
    expect(() => when(arrivedMeanwhile, step('s-1', plan))).toThrow(expect.objectContaining({ code: 'ALREADY_ARRIVED' }));
    const [, next] = when(arrivedMeanwhile, command('ContinueSessionLater', { sessionId: 's-1', nextSessionId: 's-2', scheduledFor: '2026-11-25T10:00:00.000Z' }));
    expect(next.data).toMatchObject({ sessionId: 's-2', phase: 'post_arrival', continuesSessionId: 's-1' });
  });

  it('continuing later never reuses an existing session', () => {
    const history = afterCommands(withAssistanceConsent(), schedule('s-1', 'pre_departure'), schedule('s-2', 'pre_departure'), start('s-1'));
    expect(() => when(history, command('ContinueSessionLater', { sessionId: 's-1', nextSessionId: 's-2', scheduledFor: '2026-11-25T10:00:00.000Z' }))).toThrow(
      expect.objectContaining({ code: 'SESSION_ALREADY_EXISTS', field: 'nextSessionId' }),
    );
  });
});
