import type { RecordedEvent } from '../envelope';
import type { ReadModelIndex } from '../readmodel/read-model-store.port';

/**
 * A read model as a fold: which events it handles, which document each one touches,
 * and how that document evolves. Returning null removes the document.
 */
export interface Projection<Doc extends object = object> {
  name: string;
  collection: string;
  /** The indexes its queries go through; a query none of them serves is refused. */
  indexes?: ReadModelIndex[];
  handles: readonly string[];
  documentId(event: RecordedEvent): string | null;
  evolve(doc: Doc | null, event: RecordedEvent): Doc | null;
}
