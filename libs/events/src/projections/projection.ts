import type { RecordedEvent } from '../envelope';
import type { ReadModelIndex } from '../readmodel/read-model-store.port';

type AnyEvent = { type: string; data: object };

/** A recorded event whose body is known: the store's envelope around one of a context's events. */
export type Recorded<E extends AnyEvent> = E extends unknown ? Omit<RecordedEvent, 'type' | 'data'> & { type: E['type']; data: E['data'] } : never;

/**
 * A read model as a fold: which events it handles, which document each one touches,
 * and how that document evolves. Returning null removes the document. `E` is the union of
 * the events it handles, from the producer's contract: the runner hands it only those types,
 * checked against the catalogue on the way in, so evolve reads them typed, without a cast.
 */
export interface Projection<Doc extends object = object, E extends AnyEvent = AnyEvent> {
  name: string;
  collection: string;
  /** The indexes its queries go through; a query none of them serves is refused. */
  indexes?: ReadModelIndex[];
  handles: readonly E['type'][];
  documentId(event: Recorded<E>): string | null;
  evolve(doc: Doc | null, event: Recorded<E>): Doc | null;
  /**
   * Set where one document gathers the events of many streams (a country's counts, say). The log is
   * read in commit order, not in the order of positions, so such a document may meet an event of a
   * lower position after one of a higher: the position no longer tells a repeat. Its repeats are told
   * by the ids of the events the page that last wrote it applied (a page read again after a crash is
   * the only repeat: the same events, in the same order).
   */
  acrossStreams?: true;
}

/**
 * The event as one the projection handles, or null: the one place a recorded event gets a
 * context's type. Sound because the store and the inbox checked every body against the catalogue.
 */
export function asHandled<E extends AnyEvent>(projection: Projection<object, E>, event: RecordedEvent): Recorded<E> | null {
  return (projection.handles as readonly string[]).includes(event.type) ? (event as unknown as Recorded<E>) : null;
}

/** One event through the projection, as the runner applies it: an event it does not handle leaves the document as it is. */
export function applyEvent<Doc extends object, E extends AnyEvent>(projection: Projection<Doc, E>, doc: Doc | null, event: RecordedEvent): Doc | null {
  const handled = asHandled(projection, event);
  return handled ? projection.evolve(doc, handled) : doc;
}
