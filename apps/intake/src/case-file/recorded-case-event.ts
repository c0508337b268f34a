import type { CaseEvent } from '@homeward/contracts/intake';
import type { RecordedEvent } from '@homeward/events';

/** Every intake event type, for projections that follow the whole case. */
export type CaseEventType = CaseEvent['type'];

/** A case event as a projection sees it: the envelope facts it needs and the typed body. */
export type CaseFact<T extends CaseEventType = CaseEventType> = Extract<CaseEvent, { type: T }> & {
  eventId: string;
  actor: RecordedEvent['actor'];
};

/**
 * The store validated every event against the catalogue on append, so its body is the
 * domain's event; the cast only restores the type the envelope forgot.
 */
export const asCaseFact = (event: RecordedEvent): CaseFact =>
  ({ type: event.type, data: event.data, eventId: event.eventId, actor: event.actor }) as unknown as CaseFact;

/** Every case projection keeps one document per case, keyed by the case id. */
export const caseIdOf = (event: RecordedEvent): string | null => (typeof event.data.caseId === 'string' ? event.data.caseId : null);

export interface Names {
  firstName: string;
  lastName: string;
}

/** "Awa Diallo": how lists show a returnee. */
export const displayName = (personal: Names): string => `${personal.firstName} ${personal.lastName}`;

/** The names after an identity correction, which may name only one of them. */
export const correctedNames = (names: Names, correction: Partial<Names>): Names => ({
  firstName: correction.firstName ?? names.firstName,
  lastName: correction.lastName ?? names.lastName,
});

export { CASE_EVENT_TYPES } from '@homeward/contracts/intake';
