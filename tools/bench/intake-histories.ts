import { randomUUID } from 'node:crypto';
import { decideCase, evolveCase, initialCaseState, type AssessIndividualFactor, type CaseCommand, type CaseState, type GiveConsent, type RecordSessionStep, type RegisterReturnee, type ScheduleSession, type StartSession } from '@homeward/domain';
import { FACTOR_ASSESSMENTS, INDIVIDUAL_FACTORS, type CaseEvent, type SessionStepDetails } from '@homeward/contracts/intake';
import type { NewEvent } from '../../libs/events/src/envelope';
import type { Decider, EnvelopeMetadata } from '../../libs/events/src/commands/decider';

/**
 * Case histories as intake really writes them: every event comes out of decideCase, fed
 * the commands a case manager issues (registration, consent to assistance, then individual
 * factors and whole counselling sessions), each decided on the state the events before make.
 */
export const caseDecider: Decider<CaseCommand, CaseState, CaseEvent> = { initialState: initialCaseState, evolve: evolveCase, decide: decideCase };

const REGISTERED_AT = '2026-11-02T09:00:00.000Z';
/** The clock of every later command, the timed ones included. */
export const NOW = '2026-11-23T09:00:00.000Z';
const USER = 'cm-bench';

/** The envelope intake's CaseCommands puts around each decided event (host-country office). */
export const envelope = (): EnvelopeMetadata => ({
  occurredAt: NOW,
  actor: { userId: USER, role: 'case_manager' },
  country: 'MA',
  correlationId: randomUUID(),
  causationId: null,
});

export const toNewEvent = (e: CaseEvent, meta: EnvelopeMetadata): NewEvent => ({ ...meta, type: e.type, data: e.data as NewEvent['data'] });

const at = <C extends CaseCommand>(type: C['type'], caseId: string, data: Omit<C['data'], 'caseId'>, now = NOW): C =>
  ({ type, data: { caseId, ...data }, metadata: { now, today: now.slice(0, 10), userId: USER } }) as C;

/** The command every timed operation issues; `k` varies the factor so no two are identical. */
export const assessFactor = (caseId: string, k: number): AssessIndividualFactor =>
  at<AssessIndividualFactor>('AssessIndividualFactor', caseId, {
    factor: INDIVIDUAL_FACTORS[k % INDIVIDUAL_FACTORS.length],
    assessment: FACTOR_ASSESSMENTS[k % FACTOR_ASSESSMENTS.length],
    note: 'Assessed during the first counselling session; the returnee described it in their own words.',
  });

const STEPS: SessionStepDetails[] = [
  { step: 'preparation', hostCountryInformationReviewed: true, privatePlace: true, recordsSecured: true, interpreter: { present: true, boundToConfidentiality: true, language: 'wo' } },
  { step: 'trust', notes: 'Met at the office; the returnee asked about the process.' },
  { step: 'process_and_consent', processExplained: true, rightToRefuseExplained: true },
  { step: 'vulnerabilities', screened: true, notes: 'No urgent need disclosed.' },
  { step: 'plan_design', goals: ['open a tailoring workshop'], strengths: ['sewing', 'French'], lifePlan: 'Settle near family in Thiès.' },
  { step: 'closing', summary: 'Plan agreed; next session after arrival.' },
];
/** A whole pre-departure session: scheduled, started, six steps, the closing one also ending it. */
const SESSION_EVENTS = 2 + STEPS.length + 1;

/** Commands that make exactly `length` events, with sessions (if wanted) while room is left for a whole one. */
function* commandsFor(caseId: string, length: number, sessions: boolean): Generator<CaseCommand, void, number> {
  let made: number = yield at<RegisterReturnee>('RegisterReturnee', caseId, {
    returneeId: `r-${caseId}`, firstName: 'Awa', lastName: 'Diallo', dateOfBirth: '1994-03-02', sex: 'female', nationality: 'SN', languages: ['fr', 'wo'],
    hostCountry: 'MA', countryOfOrigin: 'SN', office: 'MA', plannedReturnDate: '2026-12-15', derivedIds: { screeningId: `s-${caseId}`, needId: `n-${caseId}` },
  }, REGISTERED_AT);
  made = yield at<GiveConsent>('GiveConsent', caseId, { consentId: `k-${caseId}`, purpose: 'assistance', dataCategories: ['case_summary'], decidedOn: '2026-11-03', formVersion: 'v3', language: 'fr' });
  for (let k = 0; made < length; k++) {
    if (!sessions || k % 4 !== 3 || length - made < SESSION_EVENTS) {
      made = yield assessFactor(caseId, k);
      continue;
    }
    const sessionId = `ses-${k}`;
    made = yield at<ScheduleSession>('ScheduleSession', caseId, { sessionId, phase: 'pre_departure', scheduledFor: '2026-11-24T10:00:00.000Z' });
    made = yield at<StartSession>('StartSession', caseId, { sessionId });
    for (const details of STEPS) made = yield at<RecordSessionStep>('RecordSessionStep', caseId, { sessionId, details });
  }
}

export interface BuiltCase {
  caseId: string;
  events: CaseEvent[];
  state: CaseState;
}

/**
 * Decides a case of exactly `length` events in memory (length ≥ 3: registration and consent).
 * Without sessions, everything after consent is individual factors: the same length, a flat state.
 */
export function buildCase(caseId: string, length: number, sessions = true): BuiltCase {
  let state = initialCaseState();
  const events: CaseEvent[] = [];
  const commands = commandsFor(caseId, length, sessions);
  for (let next = commands.next(0); !next.done; next = commands.next(events.length)) {
    for (const e of decideCase(next.value, state)) {
      events.push(e);
      state = evolveCase(state, e);
    }
  }
  if (events.length !== length) throw new Error(`built ${events.length} events for ${caseId}, wanted ${length}`);
  return { caseId, events, state };
}
