import type { CounsellingSession } from './case-file.document';
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

/** Counselling sessions with what was recorded at each step, once per event. */
export function evolveSessions(sessions: CounsellingSession[], fact: SessionFact): CounsellingSession[] {
  if (fact.type !== 'intake.CounsellingStepRecorded') return evolveTimeline(sessions, fact, (s) => ({ ...s, steps: [] }));
  const session = sessions.find((s) => s.sessionId === fact.data.sessionId);
  if (!session || session.steps.some((s) => s.eventId === fact.eventId)) return sessions;
  const step = { eventId: fact.eventId, recordedAt: fact.data.recordedAt, details: fact.data.personal };
  return sessions.map((s) => (s === session ? { ...s, steps: [...s.steps, step] } : s));
}
