import { readFileSync } from 'node:fs';
import { Pool } from 'pg';
import { pgPoolConfig } from '../../libs/events/src/store/postgres/drivers';
import type { EventCatalogue } from '../../libs/events/src/catalogue/event-catalogue';
import type { NewEvent } from '../../libs/events/src/envelope';
import { appendStatement, eventStoreSchema } from '../../libs/events/src/store/postgres/schema.sql';
import { uuidv7 } from '../../libs/events/src/uuid';
import { benchEvents } from './fixtures';
import { rawEventsTableDdl } from './raw-target';
import { percentile } from './stats';

export interface Diagnostics {
  rttP50Ms: number;
  validateUsPerEvent: number;
  /** Client-observed p50 of the adapter's one-event statement, alternating with the INSERTs on one connection. */
  appendP50Ms: number;
  /** A plain INSERT of the same event, unnamed as the raw contender sends it. */
  rawInsertP50Ms: number;
  /** The same INSERT prepared (named), as our statement is. */
  preparedInsertP50Ms: number;
  /** Server CPU per operation of each (the backend's scheduler time), when the server runs on this machine; else null. */
  serverUs: { append: number; raw: number; prepared: number } | null;
}

/**
 * Where the time of a single append goes, measured rather than guessed: the bare round
 * trip, schema validation in Node, and our prepared append statement against a plain INSERT,
 * interleaved on one connection.
 */
export async function diagnose(url: string, schema: string, catalogue: EventCatalogue, n: number): Promise<Diagnostics> {
  const validateUsPerEvent = timeValidation(catalogue, Math.max(n * 5, 5000));
  // The contenders' driver settings (a pool of one, timestamps as text), not a bare client's.
  const client = new Pool(await pgPoolConfig(url, 1));
  try {
    await client.query(eventStoreSchema(schema));
    await client.query(rawEventsTableDdl(`${schema}_raw`));
    // The statement the adapter sends for one event (not the batch one, which has a recursive step).
    const append = appendStatement(schema, true);
    const backend = Number((await client.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0].pid);
    const rtt: number[] = [];
    for (let i = 0; i < n; i++) rtt.push(await timed(() => client.query('SELECT 1')));

    const events = benchEvents(3 * n);
    const lat = { append: [] as number[], raw: [] as number[], prepared: [] as number[] };
    const server = { append: 0, raw: 0, prepared: 0 };
    const local = serverNs(backend) !== null;
    for (let i = 0; i < n; i++) {
      // Rotating the order each iteration keeps any cache or WAL effect from favouring one.
      const ops: Array<[keyof typeof lat, () => Promise<unknown>]> = [
        ['append', () => client.query({ name: 'diag_append', text: append, values: [`a-${i}`, 0, appendJson(events[3 * i])] })],
        ['raw', () => client.query(RAW_INSERT(`${schema}_raw`), rawParams(events[3 * i + 1], `r-${i}`))],
        ['prepared', () => client.query({ name: 'diag_insert', text: RAW_INSERT(`${schema}_raw`), values: rawParams(events[3 * i + 2], `p-${i}`) })],
      ];
      for (let k = 0; k < ops.length; k++) {
        const [name, op] = ops[(i + k) % ops.length];
        const before = local ? serverNs(backend)! : 0;
        lat[name].push(await timed(op));
        if (local) server[name] += serverNs(backend)! - before;
      }
    }
    const perOp = (ns: number) => ns / n / 1000;
    return {
      rttP50Ms: percentile(rtt, 50),
      validateUsPerEvent,
      appendP50Ms: percentile(lat.append, 50),
      rawInsertP50Ms: percentile(lat.raw, 50),
      preparedInsertP50Ms: percentile(lat.prepared, 50),
      serverUs: local ? { append: perOp(server.append), raw: perOp(server.raw), prepared: perOp(server.prepared) } : null,
    };
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** CPU time the kernel has run this process for, in ns (/proc/<pid>/schedstat); null when it is not on this machine. */
function serverNs(pid: number): number | null {
  try {
    return Number(readFileSync(`/proc/${pid}/schedstat`, 'utf8').split(' ')[0]);
  } catch {
    return null;
  }
}

async function timed(op: () => Promise<unknown>): Promise<number> {
  const s = performance.now();
  await op();
  return performance.now() - s;
}

function timeValidation(catalogue: EventCatalogue, count: number): number {
  const events = benchEvents(count);
  for (let i = 0; i < Math.min(count, 2000); i++) catalogue.validate(events[i]); // JIT warm-up
  const t0 = performance.now();
  for (const e of events) catalogue.validate(e);
  return ((performance.now() - t0) * 1000) / count;
}

/** The JSON our adapter sends with the append (PostgresEventStore's private toJson, for one event). */
function appendJson(e: NewEvent): string {
  const { personal, ...data } = e.data;
  return JSON.stringify([{ ...e, eventId: uuidv7(), schemaVersion: 1, causationId: e.causationId ?? null, data, personal: personal ?? null }]);
}

const RAW_INSERT = (s: string) =>
  `INSERT INTO ${s}.events (event_id, stream_id, stream_version, type, schema_version, occurred_at, recorded_at, actor, country, correlation_id, causation_id, data, personal)
   VALUES ($1, $2, 1, $3, 1, $4, clock_timestamp(), $5, $6, $7, $8, $9, $10) RETURNING global_position, recorded_at`;

function rawParams(e: NewEvent, streamId: string): unknown[] {
  const { personal, ...data } = e.data;
  return [uuidv7(), streamId, e.type, e.occurredAt, JSON.stringify(e.actor), e.country, e.correlationId, e.causationId ?? null, JSON.stringify(data), personal ? JSON.stringify(personal) : null];
}
