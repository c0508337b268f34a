import { decideCase, evolveCase, initialCaseState, type CaseCommand, type CaseState, type RegisterReturnee } from '@homeward/domain';
import { ERASED_PART, type SessionStepDetails } from '@homeward/contracts/intake';
import { asHandled, type Projection, type RecordedEvent, type Role } from '@homeward/events';

export const REGISTERED_AT = '2026-11-02T09:00:00.000Z';
export const NOW = '2026-11-23T09:00:00.000Z';

let globalPosition = 0;

type Input<C extends CaseCommand> = Omit<C['data'], 'caseId'>;
type Run = { now?: string; userId?: string; role?: Role };

/**
 * A case's history as the store would record it, made by the real deciders, so projection
 * tests read the events intake actually appends.
 */
export class CaseScenario {
  readonly events: RecordedEvent[] = [];
  private state: CaseState = initialCaseState();

  constructor(readonly caseId = `c-${globalPosition + 1}`) {}

  static registered(overrides: Partial<Input<RegisterReturnee>> = {}, run: Run = {}): CaseScenario {
    const scenario = new CaseScenario();
    // Registered by the host-country office unless the test says otherwise.
    const office = overrides.office ?? overrides.hostCountry ?? awa(scenario.caseId).office;
    scenario.run<RegisterReturnee>('RegisterReturnee', { ...awa(scenario.caseId), ...overrides, office }, { now: REGISTERED_AT, ...run });
    return scenario;
  }

  /** Decides the command on the history so far and records what it appends; returns those events. */
  run<C extends CaseCommand>(type: C['type'], data: Input<C>, { now = NOW, userId = 'cm-7', role = 'case_manager' }: Run = {}): RecordedEvent[] {
    const command = { type, data: { caseId: this.caseId, ...data }, metadata: { now, today: now.slice(0, 10), userId, role } } as CaseCommand;
    const appended = decideCase(command, this.state).map((e) => {
      this.state = evolveCase(this.state, e);
      const position = ++globalPosition;
      return {
        eventId: `evt-${position}`,
        streamId: `case-${this.caseId}`,
        streamVersion: this.events.length + 1,
        globalPosition: position,
        type: e.type,
        schemaVersion: 1,
        occurredAt: now,
        recordedAt: now,
        actor: { userId, role },
        country: 'MA',
        correlationId: 'test',
        causationId: null,
        data: e.data as unknown as RecordedEvent['data'],
      };
    });
    this.events.push(...appended);
    return appended;
  }

  /** The steps a first session covers before its closing (plan design needs consent to assistance). */
  stepsBeforeClosing(sessionId: string): RecordedEvent[] {
    const steps: SessionStepDetails[] = [
      { step: 'preparation', hostCountryInformationReviewed: true, privatePlace: true, recordsSecured: true, interpreter: { present: false } },
      { step: 'trust' },
      { step: 'process_and_consent', processExplained: true, rightToRefuseExplained: true },
      { step: 'vulnerabilities', screened: true },
      { step: 'plan_design', goals: ['Reopen the tailoring shop'], strengths: ['Sewing'], lifePlan: 'Live near her mother' },
    ];
    return steps.flatMap((details) => this.run('RecordSessionStep', { sessionId, details }));
  }

  /** A supervisor of the office erases the returnee. */
  erase(): RecordedEvent[] {
    return this.run('EraseReturnee', { reason: 'data_subject_request' }, { userId: 'sup-ma', role: 'supervisor' });
  }

  /** The history as the store reads it once her keys are destroyed, as a rebuild does: every personal part erased. */
  readAfterErasure(): RecordedEvent[] {
    return this.events.map((e) => (e.data.personal ? { ...e, data: { ...e.data, personal: { ...ERASED_PART } } } : e));
  }

  giveAssistanceConsent(consentId = 'k-assist'): RecordedEvent[] {
    return this.run('GiveConsent', { consentId, purpose: 'assistance', dataCategories: ['case_summary'], decidedOn: '2026-11-23', formVersion: 'v3', language: 'fr' });
  }
}

export const awa = (caseId: string): Input<RegisterReturnee> => ({
  returneeId: `r-${caseId}`,
  firstName: 'Awa',
  lastName: 'Diallo',
  dateOfBirth: '1994-03-02',
  sex: 'female',
  nationality: 'SN',
  languages: ['fr', 'wo'],
  hostCountry: 'MA',
  countryOfOrigin: 'SN',
  plannedReturnDate: '2026-12-15',
  office: 'MA',
  derivedIds: { screeningId: `s-derived-${caseId}`, needId: `n-derived-${caseId}` },
});

/** What the projection runner would store: each document evolved through its events in order. */
export function project<D extends object, E extends { type: string; data: object }>(projection: Projection<D, E>, events: RecordedEvent[]): Map<string, D> {
  const docs = new Map<string, D>();
  for (const event of events) {
    const handled = asHandled(projection, event);
    const id = handled && projection.documentId(handled);
    if (!handled || !id) continue;
    const next = projection.evolve(docs.get(id) ?? null, handled);
    if (next) docs.set(id, next);
    else docs.delete(id);
  }
  return docs;
}

export const only = <D extends object>(docs: Map<string, D>, id: string): D => {
  const doc = docs.get(id);
  if (!doc) throw new Error(`no document ${id}`);
  return doc;
};
