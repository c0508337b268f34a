import { IntakeError } from './intake.errors';
import { type CaseEvent, SESSION_STEPS, type SessionStepName } from '@homeward/contracts/intake';
import { openCase, requireAssistanceConsent } from './case.guards';
import type { ContinueSessionLater, PauseSession, RecordSessionStep, ResumeSession, ScheduleSession, StartSession } from './case.commands';
import type { CaseState, OpenCase, SessionState } from './case.state';
import { SESSION_YEARS, withinYears } from './plausibility';

/** The steps that are assistance, so need consent to it (handbook 2.1, step 3 before 4 and 5). */
const ASSISTANCE_STEPS: readonly SessionStepName[] = ['vulnerabilities', 'plan_design'];

const SESSION_RANGE = { before: SESSION_YEARS, after: SESSION_YEARS };

export function scheduleSession({ data, metadata }: ScheduleSession, state: CaseState): CaseEvent[] {
  const open = openCase(state, data.caseId);
  withinYears(data.scheduledFor, metadata.today, SESSION_RANGE, 'scheduledFor', 'The session');
  if (open.sessions[data.sessionId]) throw new IntakeError('SESSION_ALREADY_EXISTS', `Session ${data.sessionId} already exists`, 'sessionId');
  if (data.phase === 'pre_departure' && open.arrivalDate) throw new IntakeError('ALREADY_ARRIVED', 'The returnee has arrived: sessions now are post-arrival', 'phase');
  return [{ type: 'intake.CounsellingSessionScheduled', data: { caseId: open.caseId, sessionId: data.sessionId, phase: data.phase, scheduledFor: data.scheduledFor } }];
}

export function startSession({ data, metadata }: StartSession, state: CaseState): CaseEvent[] {
  const open = openCase(state, data.caseId);
  const session = sessionOf(open, data.sessionId);
  if (session.status !== 'scheduled') throw new IntakeError('SESSION_NOT_STARTABLE', `Session ${session.sessionId} is ${session.status}`, 'sessionId');
  if (session.phase === 'post_arrival' && !open.arrivalDate) throw new IntakeError('NOT_ARRIVED', 'A post-arrival session needs the arrival recorded first', 'sessionId');
  if (session.phase === 'pre_departure' && open.arrivalDate) throw new IntakeError('ALREADY_ARRIVED', 'The returnee has arrived: this pre-departure session can no longer take place', 'sessionId');
  return [{ type: 'intake.CounsellingSessionStarted', data: { caseId: open.caseId, sessionId: session.sessionId, phase: session.phase, startedAt: metadata.now } }];
}

/**
 * One of the six steps. Vulnerabilities and plan design are assistance, so they need consent;
 * an interpreter in the room must be bound to confidentiality; the first post-arrival
 * session reviews the plan made before departure; closing ends the session.
 */
export function recordSessionStep({ data, metadata }: RecordSessionStep, state: CaseState): CaseEvent[] {
  const open = openCase(state, data.caseId);
  const session = inProgress(open, data.sessionId);
  if (session.phase === 'pre_departure' && open.arrivalDate) {
    throw new IntakeError('ALREADY_ARRIVED', 'The returnee has arrived: continue in a post-arrival session', 'sessionId');
  }
  const details = data.details;
  if (details.step === 'preparation' && details.interpreter.present && !details.interpreter.boundToConfidentiality) {
    throw new IntakeError('INTERPRETER_NOT_BOUND', 'An interpreter must be bound to confidentiality before the session', 'details.interpreter.boundToConfidentiality');
  }
  if (details.step === 'vulnerabilities' || details.step === 'plan_design') requireAssistanceConsent(open, metadata.today);
  const reviewPending = session.phase === 'post_arrival' && open.preDeparturePlanDesigned && !open.preDeparturePlanReviewed;
  if (details.step === 'plan_design' && reviewPending && !details.preDeparturePlanReview) {
    throw new IntakeError('PLAN_REVIEW_REQUIRED', 'The first session after arrival reviews the pre-departure plan', 'details.preDeparturePlanReview');
  }
  if (details.step === 'closing' && reviewPending) {
    throw new IntakeError('PLAN_REVIEW_REQUIRED', 'Review the pre-departure plan before closing, or continue the session later', 'details.step');
  }
  if (details.step === 'closing') {
    if (details.nextSessionDate) withinYears(details.nextSessionDate, metadata.today, { before: 0, after: SESSION_YEARS }, 'nextSessionDate', 'The next session');
    requireEarlierSteps(open, session);
  }
  const recorded: CaseEvent = {
    type: 'intake.CounsellingStepRecorded',
    data: { caseId: open.caseId, sessionId: session.sessionId, step: details.step, recordedAt: metadata.now, personal: details },
  };
  if (details.step !== 'closing') return [recorded];
  return [
    recorded,
    {
      type: 'intake.CounsellingSessionEnded',
      data: {
        caseId: open.caseId,
        sessionId: session.sessionId,
        endedAt: metadata.now,
        outcome: 'completed',
        ...(details.nextSessionDate ? { nextSessionDate: details.nextSessionDate } : {}),
      },
    },
  ];
}

export function pauseSession({ data, metadata }: PauseSession, state: CaseState): CaseEvent[] {
  const open = openCase(state, data.caseId);
  const session = inProgress(open, data.sessionId);
  return [
    {
      type: 'intake.CounsellingSessionPaused',
      data: { caseId: open.caseId, sessionId: session.sessionId, pausedAt: metadata.now, ...(data.reason ? { personal: { reason: data.reason } } : {}) },
    },
  ];
}

export function resumeSession({ data, metadata }: ResumeSession, state: CaseState): CaseEvent[] {
  const open = openCase(state, data.caseId);
  const session = sessionOf(open, data.sessionId);
  if (session.status !== 'paused') throw new IntakeError('SESSION_NOT_PAUSED', `Session ${session.sessionId} is ${session.status}`, 'sessionId');
  return [{ type: 'intake.CounsellingSessionResumed', data: { caseId: open.caseId, sessionId: session.sessionId, resumedAt: metadata.now } }];
}

/** Ends a session that ran out of time and schedules the one that carries on from it. */
export function continueSessionLater({ data, metadata }: ContinueSessionLater, state: CaseState): CaseEvent[] {
  const open = openCase(state, data.caseId);
  const session = sessionOf(open, data.sessionId);
  if (session.status !== 'in_progress' && session.status !== 'paused') {
    throw new IntakeError('SESSION_NOT_IN_PROGRESS', `Session ${session.sessionId} is ${session.status}`, 'sessionId');
  }
  if (open.sessions[data.nextSessionId]) throw new IntakeError('SESSION_ALREADY_EXISTS', `Session ${data.nextSessionId} already exists`, 'nextSessionId');
  withinYears(data.scheduledFor, metadata.today, { before: 0, after: SESSION_YEARS }, 'scheduledFor', 'The next session');
  // Once the returnee has arrived, what was left of a pre-departure session carries on after arrival.
  const phase = open.arrivalDate ? 'post_arrival' : session.phase;
  return [
    {
      type: 'intake.CounsellingSessionEnded',
      data: { caseId: open.caseId, sessionId: session.sessionId, endedAt: metadata.now, outcome: 'continued_later', continuedInSessionId: data.nextSessionId },
    },
    {
      type: 'intake.CounsellingSessionScheduled',
      data: { caseId: open.caseId, sessionId: data.nextSessionId, phase, scheduledFor: data.scheduledFor, continuesSessionId: session.sessionId },
    },
  ];
}

/**
 * The first session of a phase (before departure, after arrival) covers the six steps before
 * it closes, counting those done in the sessions it carries on from; what it could not cover
 * is continued later. Once the returnee has refused assistance, the steps that are assistance
 * are no longer owed. Later sessions close when their work is done.
 */
function requireEarlierSteps(open: OpenCase, session: SessionState): void {
  const completedBefore = Object.values(open.sessions).some((s) => s.phase === session.phase && s.outcome === 'completed');
  if (completedBefore) return;
  const done = new Set(stepsSoFar(open, session));
  const owed = SESSION_STEPS.filter((s) => s !== 'closing' && !(open.status === 'assistance_refused' && ASSISTANCE_STEPS.includes(s)));
  const missing = owed.filter((s) => !done.has(s));
  if (!missing.length) return;
  throw new IntakeError(
    'FIRST_SESSION_INCOMPLETE',
    `A first session closes after its earlier steps; missing: ${missing.join(', ')}. Record them, or continue the session later`,
    'details.step',
    { missingSteps: missing },
  );
}

/** The steps of a session and of every session it carries on from. */
function stepsSoFar(open: OpenCase, session: SessionState): SessionStepName[] {
  const steps: SessionStepName[] = [];
  const seen = new Set<string>();
  for (let s: SessionState | undefined = session; s && !seen.has(s.sessionId); s = s.continuesSessionId ? open.sessions[s.continuesSessionId] : undefined) {
    seen.add(s.sessionId);
    steps.push(...s.steps);
  }
  return steps;
}

function sessionOf(open: OpenCase, sessionId: string): SessionState {
  const session = open.sessions[sessionId];
  if (!session) throw new IntakeError('SESSION_NOT_FOUND', `No session ${sessionId} in this case`, 'sessionId');
  return session;
}

function inProgress(open: OpenCase, sessionId: string): SessionState {
  const session = sessionOf(open, sessionId);
  if (session.status !== 'in_progress') throw new IntakeError('SESSION_NOT_IN_PROGRESS', `Session ${sessionId} is ${session.status}`, 'sessionId');
  return session;
}
