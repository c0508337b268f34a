import type { CaseEvent } from '@homeward/contracts/intake';
import type { Recorded } from '@homeward/events';

/** Every intake event type, for projections that follow the whole case. */
export type CaseEventType = CaseEvent['type'];

/** The events of these types: what a case projection declares it handles. */
export type CaseEventOf<T extends CaseEventType> = Extract<CaseEvent, { type: T }>;

/** A case event as a projection sees it: the store's envelope around the typed body. */
export type CaseFact<T extends CaseEventType = CaseEventType> = Recorded<CaseEventOf<T>>;

/** Every case projection keeps one document per case, keyed by the case id. */
export const caseIdOf = (event: { data: { caseId: string } }): string => event.data.caseId;

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
