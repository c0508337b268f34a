import { createHash } from 'node:crypto';
import { assertIdentifier } from './schema.sql';
import type { SqlExecutor } from './sql-executor';

/** The last link of a stream: what a signed digest keeps, so that a removed tail is caught later. */
export interface StreamHead {
  streamId: string;
  version: number;
  /** Hex of the stream's last chain_hash. */
  hash: string;
}

export type BreakKind = 'altered' | 'missing' | 'unchained' | 'truncated' | 'diverged';

/** The first link of a stream that does not hold, in words an auditor can act on. */
export interface BrokenLink {
  streamId: string;
  version: number;
  kind: BreakKind;
  detail: string;
}

export interface ChainReport {
  events: number;
  streams: number;
  /** At most one per stream: the first link that fails; what follows it is not trusted either. */
  broken: BrokenLink[];
  heads: StreamHead[];
}

export interface VerifyOptions {
  pageSize?: number;
  /** Heads from an earlier signed digest: each must still be in the chain, at its version, with its hash. */
  expected?: StreamHead[];
  onProgress?: (done: number, total: number) => void;
}

interface LinkRow {
  stream_id: string;
  stream_version: string | number;
  chain_hash: Buffer | Uint8Array | null;
  digest: Buffer | Uint8Array;
}

/**
 * Walks every stream of a schema in (stream, version) order and recomputes each link:
 * chain_hash = sha256(previous chain_hash || event_digest(stored columns)). The digest is
 * computed by the server from what is stored now, so an altered column shows as a link that no
 * longer holds; the next link is checked against the stored hash before it, so the break named
 * is the first one, not every event after it.
 */
export async function verifyChains(sql: SqlExecutor, schema: string, options: VerifyOptions = {}): Promise<ChainReport> {
  const s = assertIdentifier(schema);
  const pageSize = options.pageSize ?? 5000;
  const total = Number((await sql.query<{ n: string | number }>(`SELECT count(*) AS n FROM ${s}.events`)).rows[0].n);
  const page = `SELECT e.stream_id, e.stream_version, e.chain_hash,
       ${s}.event_digest(e.event_id, e.stream_id, e.stream_version, e.type, e.schema_version, e.occurred_at, e.recorded_at,
                         e.actor, e.country, e.correlation_id, e.causation_id, e.data, e.personal) AS digest
  FROM ${s}.events e
 WHERE (e.stream_id, e.stream_version) > ($1, $2)
 ORDER BY e.stream_id, e.stream_version
 LIMIT $3`;
  const walk = new ChainWalk(options.expected ?? []);
  let cursor: [string, number] = ['', 0];
  for (;;) {
    const { rows } = await sql.query<LinkRow>(page, [cursor[0], cursor[1], pageSize]);
    for (const row of rows) walk.link(row.stream_id, Number(row.stream_version), row.chain_hash, row.digest);
    options.onProgress?.(walk.events, total);
    if (rows.length < pageSize) break;
    const last = rows[rows.length - 1];
    cursor = [last.stream_id, Number(last.stream_version)];
  }
  return walk.report();
}

/** The state of one pass over the links, page after page. */
class ChainWalk {
  events = 0;
  private readonly heads: StreamHead[] = [];
  private readonly broken = new Map<string, BrokenLink>();
  private readonly expected: Map<string, StreamHead>;
  private stream = '';
  private version = 0;
  private previous: Uint8Array = EMPTY;

  constructor(expected: StreamHead[]) {
    this.expected = new Map(expected.map((h) => [h.streamId, h]));
  }

  link(streamId: string, version: number, stored: Uint8Array | null, digest: Uint8Array): void {
    this.events++;
    if (streamId !== this.stream) this.begin(streamId);
    const wanted = this.version + 1;
    this.version = version;
    if (this.broken.has(streamId)) return this.advance(stored);
    if (version !== wanted) return this.fail(streamId, wanted, 'missing', `version ${wanted} is missing: the stream goes on at ${version}`);
    if (!stored) return this.fail(streamId, version, 'unchained', 'no chain hash: appended before hash chains (schema version 4)');
    const computed = createHash('sha256').update(this.previous).update(digest).digest();
    if (!computed.equals(stored)) return this.fail(streamId, version, 'altered', 'the stored event no longer matches its hash (its content or its hash was changed)');
    const promised = this.expected.get(streamId);
    if (promised?.version === version && promised.hash !== hex(stored)) {
      this.fail(streamId, version, 'diverged', `the digest holds another hash for version ${version}: this stream was rewritten from there`);
    }
    this.advance(stored);
  }

  report(): ChainReport {
    if (this.stream) this.end();
    for (const promised of this.expected.values()) {
      if (!this.heads.some((h) => h.streamId === promised.streamId)) {
        this.broken.set(promised.streamId, { streamId: promised.streamId, version: 1, kind: 'truncated', detail: `the stream is gone: the digest holds it at version ${promised.version}` });
      }
    }
    return { events: this.events, streams: this.heads.length, broken: [...this.broken.values()], heads: this.heads };
  }

  private begin(streamId: string): void {
    if (this.stream) this.end();
    this.stream = streamId;
    this.version = 0;
    this.previous = EMPTY;
  }

  private end(): void {
    const head = { streamId: this.stream, version: this.version, hash: hex(this.previous) };
    this.heads.push(head);
    const promised = this.expected.get(this.stream);
    if (promised && promised.version > head.version && !this.broken.has(this.stream)) {
      this.fail(this.stream, head.version + 1, 'truncated', `the stream ends at version ${head.version}; the digest holds it at ${promised.version}`);
    }
  }

  private advance(stored: Uint8Array | null): void {
    this.previous = stored ?? EMPTY;
  }

  private fail(streamId: string, version: number, kind: BreakKind, detail: string): void {
    this.broken.set(streamId, { streamId, version, kind, detail });
  }
}

const EMPTY = new Uint8Array(0);
const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');
