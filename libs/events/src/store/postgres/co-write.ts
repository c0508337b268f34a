import type { NewEvent } from '../../envelope';
import type { AppendResult, EventStore, ExpectedVersion } from '../event-store.port';

/**
 * Rows of another table in the same database that must commit with an append or not at all (a new
 * person's data key with the first event sealed under it). The events are written only if every row
 * went in: a row refused by a conflict (someone stored it first) leaves the append undone, reported
 * as a version conflict.
 */
export interface CoWrite {
  /** Distinguishes the statement made with it: prepared once per connection and name. */
  name: string;
  /** An `INSERT … ON CONFLICT DO NOTHING RETURNING 1` taking its rows from `rows`, a jsonb array parameter. */
  insert(rows: string): string;
  rows: unknown[];
}

/** An event store that can carry a CoWrite in its append's transaction (the PostgreSQL adapter). */
export interface CoWritingEventStore extends EventStore {
  appendWith(streamId: string, events: NewEvent[], options: { expectedVersion: ExpectedVersion }, write: CoWrite): Promise<AppendResult>;
}

export const writesAlong = (store: EventStore): store is CoWritingEventStore => typeof (store as Partial<CoWritingEventStore>).appendWith === 'function';
