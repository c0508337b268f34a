import { SENSITIVE_STEPS, type SessionStepDetails } from '@homeward/contracts/intake';
import type { CaseFile, SessionStep } from './case-file.document';
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

type StepName = SessionStepDetails['step'];

/**
 * The sensitive steps (the contract's SENSITIVE_STEPS) go whole to `sensitive`. Elsewhere only the
 * free text does (notes, the closing summary): that is where a returnee's story ends up. The plan
 * design stays open, being meant for the plan.
 */
const FREE_TEXT: Partial<Record<StepName, readonly string[]>> = { trust: ['notes'], process_and_consent: ['notes'], closing: ['summary'] };

/** Counselling sessions with what was recorded at each step, once per event. */
export function evolveSessions(file: CaseFile, fact: SessionFact): CaseFile {
  if (fact.type !== 'intake.CounsellingStepRecorded') return { ...file, sessions: evolveTimeline(file.sessions, fact, (s) => ({ ...s, steps: [] })) };
  const { sessionId, recordedAt, personal: details } = fact.data;
  const session = file.sessions.find((s) => s.sessionId === sessionId);
  if (!session || session.steps.some((s) => s.eventId === fact.eventId)) return file;
  const [open, withheld] = split(details);
  const step: SessionStep = { eventId: fact.eventId, recordedAt, step: details.step, ...(open ? { details: open } : {}) };
  const sessions = file.sessions.map((s) => (s === session ? { ...s, steps: [...s.steps, step] } : s));
  if (!withheld) return { ...file, sessions };
  return { ...file, sessions, sensitive: { ...file.sensitive, sessionSteps: [...file.sensitive.sessionSteps, { sessionId, eventId: fact.eventId, recordedAt, details }] } };
}

/** The step as everyone may read it, and whether the full details must go to `sensitive`. */
function split(details: SessionStepDetails): [Partial<SessionStepDetails> | undefined, boolean] {
  if (SENSITIVE_STEPS.includes(details.step)) return [undefined, true];
  const freeText = FREE_TEXT[details.step] ?? [];
  const open = Object.fromEntries(Object.entries(details).filter(([key]) => !freeText.includes(key))) as Partial<SessionStepDetails>;
  return [open, freeText.some((key) => key in details)];
}
