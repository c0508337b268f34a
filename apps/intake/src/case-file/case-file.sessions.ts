import type { SessionStepDetails } from '@homeward/domain';
import type { CaseFile } from './case-file.document';
import type { CaseFact } from './recorded-case-event';
import { evolveTimeline } from './session-timeline';

type SessionFact = CaseFact<
  | 'intake.CounsellingSessionScheduled'
  | 'intake.CounsellingSessionStarted'
  | 'intake.CounsellingStepRecorded'
  | 'intake.CounsellingSessionPaused'
  | 'intake.CounsellingSessionResumed'
  | 'intake.CounsellingSessionEnded'
>;

/**
 * What is said at the vulnerabilities step is about health, trafficking or violence: its
 * details go to `sensitive`, and the session shows only that the step was recorded, and when.
 */
const SENSITIVE_STEPS: ReadonlyArray<SessionStepDetails['step']> = ['vulnerabilities'];

/** Counselling sessions with what was recorded at each step, once per event. */
export function evolveSessions(file: CaseFile, fact: SessionFact): CaseFile {
  if (fact.type !== 'intake.CounsellingStepRecorded') return { ...file, sessions: evolveTimeline(file.sessions, fact, (s) => ({ ...s, steps: [] })) };
  const { sessionId, recordedAt, personal: details } = fact.data;
  const session = file.sessions.find((s) => s.sessionId === sessionId);
  if (!session || session.steps.some((s) => s.eventId === fact.eventId)) return file;
  const recorded = { eventId: fact.eventId, recordedAt, step: details.step };
  const sensitive = SENSITIVE_STEPS.includes(details.step);
  const step = sensitive ? recorded : { ...recorded, details };
  const sessions = file.sessions.map((s) => (s === session ? { ...s, steps: [...s.steps, step] } : s));
  if (!sensitive) return { ...file, sessions };
  return { ...file, sessions, sensitive: { ...file.sensitive, sessionSteps: [...file.sensitive.sessionSteps, { sessionId, eventId: fact.eventId, recordedAt, details }] } };
}
