import type { NewEvent, RecordedEvent } from '../envelope';

/** A number is the version the stream must be at (0: the stream must not exist yet). */
export type ExpectedVersion = number | 'any';

export interface AppendResult {
  /** The stream's version after the append: the expected version for the next one. */
  nextExpectedVersion: number;
  events: RecordedEvent[];
}

/** Events recorded elsewhere, for one inbox stream. */
export interface InboxImport {
  streamId: string;
  events: RecordedEvent[];
}

export interface ReadStreamOptions {
  /** First stream version to return (versions start at 1). */
  fromVersion?: number;
  /** Only events recorded at or before this instant: the stream as it was then. */
  asOf?: Date;
}

export interface ReadAllOptions {
  /** Return events strictly after this global position (0: from the beginning). */
  after: number;
  maxCount: number;
}

/**
 * The append-only, per-case history. There is deliberately no update or delete here:
 * a correction is a new event.
 */
export interface EventStore {
  appendToStream(streamId: string, events: NewEvent[], options: { expectedVersion: ExpectedVersion }): Promise<AppendResult>;
  /**
   * Appends events that another service already recorded (the consumer-side inbox),
   * keeping their ids; an event id already present is skipped, so a redelivery changes nothing.
   */
  importEvents(streamId: string, events: RecordedEvent[]): Promise<RecordedEvent[]>;
  /**
   * importEvents for several streams at once: a consumer's batch in one round trip and, where the
   * store has transactions, all or nothing. Resolves the events it added, in the batch's order.
   */
  importBatch(imports: InboxImport[]): Promise<RecordedEvent[]>;
  readStream(streamId: string, options?: ReadStreamOptions): Promise<RecordedEvent[]>;
  /**
   * Every event after the one at position `after`, in an order that nothing committed later can
   * enter before what was read: a reader that goes on after the position it read last never
   * misses an event. Within a stream, positions rise with versions.
   */
  readAll(options: ReadAllOptions): Promise<RecordedEvent[]>;
  /** The highest global position readable now (0 when empty). */
  headPosition(): Promise<number>;
  /** Named positions for the outbox relay and projections, kept beside the events. */
  readonly checkpoints: CheckpointStore;
  ping(): Promise<void>;
  close(): Promise<void>;
}

export interface CheckpointStore {
  load(name: string): Promise<number>;
  save(name: string, position: number): Promise<void>;
}

export const EVENT_STORE = Symbol('EVENT_STORE');
