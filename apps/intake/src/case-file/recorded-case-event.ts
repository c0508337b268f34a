import { afterErasure, type CaseEvent } from '@homeward/contracts/intake';
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

/**
 * A case projection's evolve over events as they read once the returnee is erased, as a rebuild after
 * the erasure reads them: personal parts replaced by their stand-ins, an event with nothing left skipped.
 * The projection's own handling of intake.ReturneeErased then clears whatever it derived from them.
 */
export const overErasedParts =
  <D, F extends { type: string; data: object }>(evolve: (doc: D | null, fact: F) => D | null) =>
  (doc: D | null, fact: F): D | null => {
    const readable = afterErasure(fact);
    return readable ? evolve(doc, readable) : doc;
  };

export { CASE_EVENT_TYPES } from '@homeward/contracts/intake';
