import type { EventStoreDBClient, ReadStreamOptions as EsdbReadStreamOptions, StreamingRead } from '@eventstore/db-client';
import type { NewEvent, RecordedEvent } from '../../envelope';
import { WrongExpectedVersionError } from '../../errors';
import { uuidv7 } from '../../uuid';
import type { AppendResult, CheckpointStore, EventStore, ExpectedVersion, InboxImport, ReadAllOptions, ReadStreamOptions } from '../event-store.port';
import {
  expectedRevisionOf,
  fromRevisionOf,
  fromStoredEvent,
  globalPositionOf,
  readAllFrom,
  StreamNames,
  toProposedEvent,
  versionOfCurrent,
  versionOfRevision,
} from './esdb-mapping';

/** The client module, loaded on first connect: it pulls in gRPC (~300 ms) that PostgreSQL deployments never need. */
type Esdb = typeof import('@eventstore/db-client');

export interface EsdbEventStoreOptions {
  /** Prepended to every stream name; readAll and headPosition only see streams under it. */
  prefix?: string;
}

/** An import that races another importer of the same stream re-reads and tries again, this often. */
const IMPORT_ATTEMPTS = 5;

/**
 * The event store on EventStoreDB/KurrentDB, through its gRPC client. Mapping choices (versions vs
 * revisions, the commit position as global position, metadata) are in `esdb-mapping.ts`.
 *
 * Append-only: this class has no update or delete, and ESDB cannot edit an event in place.
 * ESDB can still delete or truncate a whole stream (`deleteStream`, `tombstoneStream`,
 * `$tb`/`$maxAge` metadata), so the service user's ACLs must deny `$delete` and `$metadata`
 * writes on Homeward streams; only an operator account should hold those rights.
 */
export class EsdbEventStore implements EventStore {
  readonly checkpoints: CheckpointStore;

  private constructor(
    private readonly esdb: Esdb,
    private readonly client: EventStoreDBClient,
    private readonly names: StreamNames,
  ) {
    this.checkpoints = new EsdbCheckpoints(esdb, client, names);
  }

  /** `connectionString` as ESDB documents it, e.g. `esdb://127.0.0.1:2113?tls=false`. */
  static async connect(connectionString: string, options: EsdbEventStoreOptions = {}): Promise<EsdbEventStore> {
    const names = new StreamNames(options.prefix);
    const esdb = await import('@eventstore/db-client');
    const client = esdb.EventStoreDBClient.connectionString(connectionString);
    const store = new EsdbEventStore(esdb, client, names);
    try {
      // The client connects lazily; a wrong URL or credentials should fail here, at start.
      await store.ping();
    } catch (error) {
      await client.dispose();
      throw error;
    }
    return store;
  }

  async appendToStream(streamId: string, events: NewEvent[], { expectedVersion }: { expectedVersion: ExpectedVersion }): Promise<AppendResult> {
    const name = this.names.toEsdb(streamId);
    if (events.length === 0) return this.appendNothing(streamId, expectedVersion);
    const proposed = events.map((e) => toProposedEvent({ ...e, eventId: e.eventId ?? uuidv7() }));
    let nextRevision: bigint;
    try {
      const result = await this.client.appendToStream(name, proposed.map((e) => this.esdb.jsonEvent(e)), {
        expectedRevision: expectedRevisionOf(expectedVersion),
      });
      nextRevision = result.nextExpectedRevision;
    } catch (error) {
      throw this.translate(error, streamId, expectedVersion);
    }
    const next = versionOfRevision(nextRevision);
    // The append answers with one position for the batch; each event's position and recorded-at
    // come from reading the new revisions back (fixed once written, so no race with later appends).
    const recorded = await this.readEvents(streamId, { fromRevision: BigInt(next - proposed.length), maxCount: proposed.length, requiresLeader: true });
    return { nextExpectedVersion: next, events: recorded };
  }

  /**
   * ESDB deduplicates appends by event id, but with expected revision ANY only "best effort"
   * (ids still in its cache), and it does not say which events of a batch it dropped. So the
   * ids already in the stream are read first, the rest appended at the exact revision seen: a
   * concurrent importer then makes ours fail and retry, and the result is exactly what this
   * call wrote. Inbox streams are per case, so reading one whole is cheap. Unlike the
   * PostgreSQL store, an id is deduplicated within the target stream, not across the store.
   */
  async importEvents(streamId: string, events: RecordedEvent[]): Promise<RecordedEvent[]> {
    for (let attempt = 1; ; attempt++) {
      const existing = await this.readEvents(streamId, { requiresLeader: true });
      const seen = new Set(existing.map((e) => e.eventId));
      const fresh: RecordedEvent[] = [];
      for (const e of events) {
        if (seen.has(e.eventId)) continue;
        seen.add(e.eventId);
        fresh.push(e);
      }
      if (fresh.length === 0) return [];
      const current = existing.length ? existing[existing.length - 1].streamVersion : 0;
      try {
        return (await this.appendToStream(streamId, fresh, { expectedVersion: current })).events;
      } catch (error) {
        if (!(error instanceof WrongExpectedVersionError) || attempt >= IMPORT_ATTEMPTS) throw error;
      }
    }
  }

  /** ESDB appends to one stream at a time: stream after stream, each as importEvents (not all or nothing; a repeat is a no-op anyway). */
  async importBatch(imports: InboxImport[]): Promise<RecordedEvent[]> {
    const imported: RecordedEvent[] = [];
    for (const { streamId, events } of imports) imported.push(...(await this.importEvents(streamId, events)));
    return imported;
  }

  /** ESDB cannot filter a read by time: read forward and stop at the first event recorded after `asOf`. */
  readStream(streamId: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    return this.readEvents(streamId, { fromRevision: fromRevisionOf(options.fromVersion) }, options.asOf);
  }

  /**
   * $all forward from `after`, keeping Homeward events only. The client's read has no server-side
   * filter, so system events and other prefixes are skipped here. ESDB serves $all only up to
   * what it has committed and indexed, in log order, so no earlier position can appear later.
   */
  async readAll({ after, maxCount }: ReadAllOptions): Promise<RecordedEvent[]> {
    const out: RecordedEvent[] = [];
    if (maxCount <= 0) return out;
    const read = this.client.readAll({ fromPosition: readAllFrom(after), direction: this.esdb.FORWARDS });
    await consume(read, ({ event }) => {
      const streamId = event ? this.names.fromAll(event.streamId, event.type) : null;
      if (!event || streamId === null) return true;
      const position = globalPositionOf(event.position);
      // A forward read includes the event at its start position.
      if (position <= after) return true;
      out.push(fromStoredEvent(event, streamId, position));
      return out.length < maxCount;
    });
    return out;
  }

  /** $all backwards to the newest Homeward event; only the system events after it are skipped. */
  async headPosition(): Promise<number> {
    let head = 0;
    const read = this.client.readAll({ fromPosition: this.esdb.END, direction: this.esdb.BACKWARDS });
    await consume(read, ({ event }) => {
      if (!event || this.names.fromAll(event.streamId, event.type) === null) return true;
      head = globalPositionOf(event.position);
      return false;
    });
    return head;
  }

  /** One event from the end of $all: proves the connection and the $all read right the relay needs. */
  async ping(): Promise<void> {
    await consume(this.client.readAll({ fromPosition: this.esdb.END, direction: this.esdb.BACKWARDS, maxCount: 1 }), () => true);
  }

  close(): Promise<void> {
    return this.client.dispose();
  }

  /** No events: nothing to write, but the expected version is checked all the same. */
  private async appendNothing(streamId: string, expected: ExpectedVersion): Promise<AppendResult> {
    const [last] = await this.readEvents(streamId, { fromRevision: this.esdb.END, direction: this.esdb.BACKWARDS, maxCount: 1, requiresLeader: true });
    const current = last?.streamVersion ?? 0;
    if (expected !== 'any' && expected !== current) throw new WrongExpectedVersionError(streamId, expected, current);
    return { nextExpectedVersion: current, events: [] };
  }

  /** A stream read mapped to envelopes; a stream that does not exist reads as empty. */
  private async readEvents(streamId: string, options: EsdbReadStreamOptions, until?: Date): Promise<RecordedEvent[]> {
    const out: RecordedEvent[] = [];
    const read = this.client.readStream(this.names.toEsdb(streamId), options);
    try {
      await consume(read, ({ event, commitPosition }) => {
        if (!event) return true;
        if (until && event.created.getTime() > until.getTime()) return false;
        out.push(fromStoredEvent(event, streamId, globalPositionOf(event.position, commitPosition)));
        return true;
      });
    } catch (error) {
      if (error instanceof this.esdb.StreamNotFoundError) return [];
      throw error;
    }
    return out;
  }

  private translate(error: unknown, streamId: string, expected: ExpectedVersion): unknown {
    if (error instanceof this.esdb.WrongExpectedVersionError) {
      return new WrongExpectedVersionError(streamId, expected, versionOfCurrent(error.actualVersion));
    }
    return error;
  }
}

const CHECKPOINT_EVENT = 'homeward.CheckpointSaved';
/** Only the newest checkpoint is read; older ones may be scavenged. */
const CHECKPOINTS_KEPT = 10;

/** A checkpoint is a stream of positions beside the events; the newest event is the checkpoint. */
class EsdbCheckpoints implements CheckpointStore {
  constructor(
    private readonly esdb: Esdb,
    private readonly client: EventStoreDBClient,
    private readonly names: StreamNames,
  ) {}

  async load(name: string): Promise<number> {
    let position = 0;
    const read = this.client.readStream(this.names.checkpoint(name), { fromRevision: this.esdb.END, direction: this.esdb.BACKWARDS, maxCount: 1 });
    try {
      await consume(read, ({ event }) => {
        const saved = event?.isJson && typeof event.data === 'object' ? (event.data as { position?: unknown }).position : undefined;
        if (typeof saved !== 'number') throw new Error(`Checkpoint ${name} holds no position`);
        position = saved;
        return false;
      });
    } catch (error) {
      if (error instanceof this.esdb.StreamNotFoundError) return 0;
      throw error;
    }
    return position;
  }

  async save(name: string, position: number): Promise<void> {
    const stream = this.names.checkpoint(name);
    const result = await this.client.appendToStream(stream, this.esdb.jsonEvent({ type: CHECKPOINT_EVENT, data: { position } }));
    // The first save caps the stream's length, so a relay saving often does not grow it forever.
    if (result.nextExpectedRevision === 0n) await this.capLength(stream);
  }

  private async capLength(stream: string): Promise<void> {
    try {
      await this.client.setStreamMetadata(stream, { maxCount: CHECKPOINTS_KEPT });
    } catch (error) {
      // ACLs may keep metadata writes for operators (see EsdbEventStore); an uncapped stream only costs disk.
      if (!(error instanceof this.esdb.AccessDeniedError)) throw error;
    }
  }
}

/**
 * Iterates a read while `visit` returns true. Stopping early (or `visit` throwing) cancels the
 * gRPC call, so the server stops streaming the rest of a long stream or of $all.
 */
async function consume<E>(read: StreamingRead<E>, visit: (item: E) => boolean): Promise<void> {
  let finished = false;
  try {
    for await (const item of read) {
      if (!visit(item)) return;
    }
    finished = true;
  } finally {
    if (!finished) await read.cancel();
  }
}
