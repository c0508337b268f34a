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
  /** Walks run side by side on as many connections, for a log of `parallelFrom` events or more: 2 unless said. */
  parallel?: number;
  /** 50,000 unless said: below it one walk is as fast. */
  parallelFrom?: number;
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
  const total = Number((await sql.query<{ n: string | number }>(`SELECT count(*) AS n FROM ${s}.events`)).rows[0].n);
  const ranges = await streamRanges(sql, s, total < (options.parallelFrom ?? 50_000) ? 1 : (options.parallel ?? 2));
  let done = 0;
  const onPage = (events: number) => options.onProgress?.((done += events), total);
  const reports = await Promise.all(
    ranges.map(([from, until]) => {
      const expected = (options.expected ?? []).filter((h) => h.streamId >= from && (until === null || h.streamId < until));
      return walkRange(sql, s, from, until, options.pageSize ?? 5000, new ChainWalk(expected), onPage);
    }),
  );
  return {
    events: reports.reduce((n, r) => n + r.events, 0),
    streams: reports.reduce((n, r) => n + r.streams, 0),
    broken: reports.flatMap((r) => r.broken),
    heads: reports.flatMap((r) => r.heads),
  };
}

/**
 * The streams cut into `parts` ranges of about as many streams each, [from, until), the last one
 * open: the server computes the digests, so two walks on two connections use two cores.
 */
async function streamRanges(sql: SqlExecutor, s: string, parts: number): Promise<Array<[string, string | null]>> {
  if (parts <= 1) return [['', null]];
  const fractions = Array.from({ length: parts - 1 }, (_, k) => (k + 1) / parts);
  const { rows } = await sql.query<{ cuts: string[] | null }>(
    `SELECT percentile_disc($1::float8[]) WITHIN GROUP (ORDER BY stream_id) AS cuts FROM ${s}.events WHERE stream_version = 1`,
    [fractions],
  );
  const cuts = [...new Set(rows[0].cuts ?? [])];
  const ranges: Array<[string, string | null]> = [['', cuts[0] ?? null], ...cuts.map((cut, k): [string, string | null] => [cut, cuts[k + 1] ?? null])];
  return ranges.filter(([from, until]) => until === null || from < until);
}

async function walkRange(sql: SqlExecutor, s: string, from: string, until: string | null, pageSize: number, walk: ChainWalk, onPage: (events: number) => void): Promise<ChainReport> {
  const page = `SELECT e.stream_id, e.stream_version, e.chain_hash,
       ${s}.event_digest(e.event_id, e.stream_id, e.stream_version, e.type, e.schema_version, e.occurred_at, e.recorded_at,
                         e.actor, e.country, e.correlation_id, e.causation_id, e.data, e.personal) AS digest
  FROM ${s}.events e
 WHERE (e.stream_id, e.stream_version) > ($1, $2)${until === null ? '' : ' AND e.stream_id < $4'}
 ORDER BY e.stream_id, e.stream_version
 LIMIT $3`;
  // Strictly after (from, 0): every version of the range's first stream, none of the stream before.
  let cursor: [string, number] = [from, 0];
  for (;;) {
    const params: unknown[] = [cursor[0], cursor[1], pageSize];
    if (until !== null) params.push(until);
    const { rows } = await sql.query<LinkRow>(page, params);
    for (const row of rows) walk.link(row.stream_id, Number(row.stream_version), row.chain_hash, row.digest);
    onPage(rows.length);
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
