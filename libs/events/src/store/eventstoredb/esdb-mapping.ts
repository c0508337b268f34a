/**
 * Pure translations between Homeward's envelope and EventStoreDB/KurrentDB's event model.
 * Type-only imports: nothing here loads the client, so the mapping is testable without a server.
 */
import type { AppendExpectedRevision, CurrentRevision, Position } from '@eventstore/db-client';
import type { Actor, EventData, NewEvent, RecordedEvent } from '../../envelope';
import type { ExpectedVersion } from '../event-store.port';

// ---- Stream versions (ours: 1-based, 0 = no stream) vs revisions (ESDB: 0-based) ----

export function expectedRevisionOf(expected: ExpectedVersion): AppendExpectedRevision {
  if (expected === 'any') return 'any';
  if (!Number.isSafeInteger(expected) || expected < 0) throw new RangeError(`Invalid expected version: ${expected}`);
  return expected === 0 ? 'no_stream' : BigInt(expected - 1);
}

/** The revision of an event → its stream version. */
export const versionOfRevision = (revision: bigint): number => Number(revision) + 1;

/** What ESDB reports as a stream's current revision → the stream's version (0 when it does not exist). */
export const versionOfCurrent = (current: CurrentRevision): number => (current === 'no_stream' ? 0 : versionOfRevision(current));

/** Where a forward stream read starts for a `fromVersion` (versions below 1 mean the start). */
export const fromRevisionOf = (fromVersion: number | undefined): bigint | 'start' =>
  fromVersion && fromVersion > 1 ? BigInt(fromVersion - 1) : 'start';

// ---- Global positions ----
//
// An $all position is a pair {commit, prepare}. For events written by an ordinary append
// (an implicit transaction, the only kind the gRPC API offers) every event is "self-committed":
// the server reports commit == prepare == the event's own log position, both in $all reads and,
// since server 22.6, in stream reads. So the commit position alone is a unique number that grows
// in $all order, and it is our globalPosition. Log positions are byte offsets; they stay below
// 2^53 (8 PiB of log), and we refuse to round one silently.
// Caveat: events from legacy TCP explicit transactions share one commit position and get no
// position in stream reads; Homeward never writes those.

export function globalPositionOf(position: Position | undefined, fallbackCommit?: bigint): number {
  const commit = position?.commit ?? fallbackCommit;
  // Servers older than 22.6 (or non-self-committed events) send no position, or -1 read as 2^64-1.
  if (commit === undefined || commit < 0n || commit > BigInt(Number.MAX_SAFE_INTEGER)) {
    throw new Error(`EventStoreDB gave no usable $all position (${commit}); EventStoreDB/KurrentDB 22.6 or later is required`);
  }
  return Number(commit);
}

/**
 * Where to start a forward $all read to get the events after `after`. A forward read from a
 * position includes the event at that position, so the caller still drops positions <= after.
 * `after` must be 0 or a position this store handed out: the server seeks the log to it, so an
 * arbitrary number (say, a checkpoint carried over from the PostgreSQL store) is not a place to start.
 */
export const readAllFrom = (after: number): Position | 'start' =>
  after > 0 ? { commit: BigInt(after), prepare: BigInt(after) } : 'start';

// ---- Stream names ----

const CHECKPOINT_STREAM = 'homeward-checkpoint-';

/**
 * Homeward stream ids ↔ ESDB stream names. The optional prefix keeps several stores (test runs,
 * tenants) apart in one database; $all reads only see streams under it.
 */
export class StreamNames {
  constructor(readonly prefix = '') {
    // `$` streams are system streams: admin-only to write, and skipped by readAll.
    if (prefix.startsWith('$')) throw new Error(`A stream prefix may not start with $: ${prefix}`);
  }

  toEsdb(streamId: string): string {
    if (!streamId || (!this.prefix && streamId.startsWith('$'))) throw new Error(`Not a valid Homeward stream id: ${streamId}`);
    return this.prefix + streamId;
  }

  checkpoint(name: string): string {
    return `${this.prefix}${CHECKPOINT_STREAM}${name}`;
  }

  /**
   * The Homeward stream id of an event read from $all, or null when the event is not one of
   * ours: system streams and event types (`$...`: stats, metadata, links, projections),
   * streams outside the prefix, and the checkpoint streams kept beside the events.
   */
  fromAll(esdbStreamName: string, eventType: string): string | null {
    if (esdbStreamName.startsWith('$') || eventType.startsWith('$')) return null;
    if (!esdbStreamName.startsWith(this.prefix)) return null;
    const streamId = esdbStreamName.slice(this.prefix.length);
    return streamId.startsWith(CHECKPOINT_STREAM) || !streamId ? null : streamId;
  }
}

// ---- Envelope ↔ ESDB event ----

/**
 * The envelope fields that are not the body travel in the event's metadata. `$correlationId`
 * and `$causationId` are ESDB's well-known keys, which its projections and UI understand.
 */
export interface EsdbMetadata {
  schemaVersion: number;
  occurredAt: string;
  actor: Actor;
  country: string;
  correlationId: string;
  causationId: string | null;
  $correlationId: string;
  $causationId?: string;
}

/** The argument of the client's `jsonEvent`: the event id is our UUIDv7, kept as ESDB's id. */
export interface EsdbProposedEvent {
  id: string;
  type: string;
  data: EventData;
  metadata: EsdbMetadata;
}

/**
 * `data` is the event body as is, personal data under `data.personal` included: ESDB has no
 * second column to keep it apart. Per-person encryption of `data.personal` would go here.
 */
export function toProposedEvent(e: NewEvent & { eventId: string }): EsdbProposedEvent {
  const causationId = e.causationId ?? null;
  const metadata: EsdbMetadata = {
    schemaVersion: e.schemaVersion ?? 1,
    occurredAt: new Date(e.occurredAt).toISOString(),
    actor: e.actor,
    country: e.country,
    correlationId: e.correlationId,
    causationId,
    $correlationId: e.correlationId,
  };
  if (causationId !== null) metadata.$causationId = causationId;
  return { id: e.eventId, type: e.type, data: e.data, metadata };
}

/** The part of the client's recorded event this mapping reads (the client's type fits it). */
export interface EsdbStoredEvent {
  streamId: string;
  id: string;
  revision: bigint;
  type: string;
  created: Date;
  isJson: boolean;
  data: unknown;
  metadata: unknown;
}

export function fromStoredEvent(e: EsdbStoredEvent, streamId: string, globalPosition: number): RecordedEvent {
  const m = e.metadata;
  // A foreign event in our streams is a setup error worth stopping for, not one to skip quietly.
  if (!e.isJson || !isObject(e.data) || !isEnvelopeMetadata(m)) {
    throw new Error(`Event ${e.id} in ${e.streamId} is not a Homeward event (JSON with envelope metadata)`);
  }
  return {
    eventId: e.id,
    streamId,
    streamVersion: versionOfRevision(e.revision),
    globalPosition,
    type: e.type,
    schemaVersion: m.schemaVersion,
    occurredAt: m.occurredAt,
    recordedAt: e.created.toISOString(),
    actor: m.actor,
    country: m.country,
    correlationId: m.correlationId,
    causationId: m.causationId ?? null,
    data: e.data as EventData,
  };
}

function isEnvelopeMetadata(m: unknown): m is EsdbMetadata {
  return isObject(m) && typeof m.schemaVersion === 'number' && typeof m.occurredAt === 'string' && isObject(m.actor)
    && typeof m.country === 'string' && typeof m.correlationId === 'string';
}

function isObject(value: unknown): value is Record<string, unknown> {
  // The client hands back undecodable JSON as a string and binary payloads as Uint8Array.
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Uint8Array);
}
