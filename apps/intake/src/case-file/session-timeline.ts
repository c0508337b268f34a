import type { CaseFact } from './recorded-case-event';
import type { CounsellingSession } from './case-file.document';

/** A session without what was said in it: enough for dates and status. */
export type SessionTimeline = Omit<CounsellingSession, 'steps'>;

type TimelineFact = CaseFact<
  | 'intake.CounsellingSessionScheduled'
  | 'intake.CounsellingSessionStarted'
  | 'intake.CounsellingSessionPaused'
  | 'intake.CounsellingSessionResumed'
  | 'intake.CounsellingSessionEnded'
>;

/**
 * Moves one session along. `create` makes the entry a read model keeps for a new session,
 * so the case file (with steps) and the caseload (without) share the rules.
 */
export function evolveTimeline<S extends SessionTimeline>(sessions: S[], fact: TimelineFact, create: (session: SessionTimeline) => S): S[] {
  const set = (change: Partial<SessionTimeline>): S[] => sessions.map((s) => (s.sessionId === fact.data.sessionId ? { ...s, ...change } : s));
  switch (fact.type) {
    case 'intake.CounsellingSessionScheduled': {
      const { sessionId, phase, scheduledFor, continuesSessionId } = fact.data;
      if (sessions.some((s) => s.sessionId === sessionId)) return sessions;
      return [...sessions, create({ sessionId, phase, status: 'scheduled', scheduledFor, ...(continuesSessionId ? { continuesSessionId } : {}) })];
    }
    case 'intake.CounsellingSessionStarted':
      return set({ status: 'in_progress', startedAt: fact.data.startedAt });
    case 'intake.CounsellingSessionPaused':
      return set({ status: 'paused' });
    case 'intake.CounsellingSessionResumed':
      return set({ status: 'in_progress' });
    case 'intake.CounsellingSessionEnded': {
      const { endedAt, outcome, continuedInSessionId, nextSessionDate } = fact.data;
      return set({
        status: 'ended',
        endedAt,
        outcome,
        ...(continuedInSessionId ? { continuedInSessionId } : {}),
        ...(nextSessionDate ? { nextSessionDate } : {}),
      });
    }
  }
}

/**
 * The last day a session took place, and the next one planned: the earliest session still
 * scheduled (an overdue one shows as such), else the date named when the last session ended.
 * Once the returnee has arrived, a pre-departure session never held can no longer take place.
 */
export function sessionDates(sessions: SessionTimeline[], arrived = false): { lastSessionDate?: string; nextSessionDate?: string } {
  const held = sessions.flatMap((s) => (s.startedAt ? [s.startedAt.slice(0, 10)] : [])).sort();
  const canStillTakePlace = (s: SessionTimeline) => s.status === 'scheduled' && !(arrived && s.phase === 'pre_departure');
  const scheduled = sessions.filter(canStillTakePlace).map((s) => s.scheduledFor.slice(0, 10)).sort();
  const lastEnded = sessions.filter((s) => s.endedAt).sort((a, b) => a.endedAt!.localeCompare(b.endedAt!)).pop();
  const next = scheduled[0] ?? lastEnded?.nextSessionDate;
  return { ...(held.length ? { lastSessionDate: held[held.length - 1] } : {}), ...(next ? { nextSessionDate: next.slice(0, 10) } : {}) };
}
