import type { CaseCommand, RegisterReturnee } from '../case.commands';
import { decideCase } from '../case.decider';
import type { CaseEvent } from '@homeward/contracts/intake';
import { evolveCase, initialCaseState, type CaseState } from '../case.state';
import { dayOf } from '../../shared/dates';

/** The clock of every scenario: registration happened on 2026-11-02, today is 2026-11-23. */
export const REGISTERED_AT = '2026-11-02T09:00:00.000Z';
export const NOW = '2026-11-23T09:00:00.000Z';
export const CASE_ID = 'c-1';

export const given = (events: CaseEvent[]): CaseState => events.reduce(evolveCase, initialCaseState());

/** Decides on the state the events make: "given these events, when this command". */
export const when = (events: CaseEvent[], command: CaseCommand): CaseEvent[] => decideCase(command, given(events));

/** A command as a case manager issues it today. */
export function command<C extends CaseCommand>(type: C['type'], data: Omit<C['data'], 'caseId'>, now = NOW, userId = 'cm-7'): C {
  return { type, data: { caseId: CASE_ID, ...data }, metadata: { now, today: dayOf(now), userId } } as C;
}

export const awa = (overrides: Partial<RegisterReturnee['data']> = {}): RegisterReturnee => ({
  type: 'RegisterReturnee',
  data: {
    caseId: CASE_ID,
    returneeId: 'r-1',
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
    derivedIds: { screeningId: 's-derived', needId: 'n-derived' },
    ...overrides,
  },
  metadata: { now: REGISTERED_AT, today: dayOf(REGISTERED_AT), userId: 'cm-7' },
});

/** Awa's case as registered (at another instant or office day if the test says so). */
export const registered = (overrides: Partial<RegisterReturnee['data']> = {}, metadata: Partial<RegisterReturnee['metadata']> = {}): CaseEvent[] => {
  const command = awa(overrides);
  return decideCase({ ...command, metadata: { ...command.metadata, ...metadata } }, initialCaseState());
};

/** Then she gives consent to assistance on the day of the first session. */
export function withAssistanceConsent(history: CaseEvent[] = registered(), consentId = 'k-assist'): CaseEvent[] {
  return [
    ...history,
    ...when(history, command('GiveConsent', { consentId, purpose: 'assistance', dataCategories: ['case_summary'], decidedOn: '2026-11-23', formVersion: 'v3', language: 'fr' })),
  ];
}

/** Applies commands one after another, each on the history so far. */
export function afterCommands(history: CaseEvent[], ...commands: CaseCommand[]): CaseEvent[] {
  return commands.reduce((events, c) => [...events, ...when(events, c)], history);
}
