import { Client } from 'pg';
import type { EventCatalogue } from '../../libs/events/src/catalogue/event-catalogue';
import type { NewEvent } from '../../libs/events/src/envelope';
import { eventStoreSchema } from '../../libs/events/src/store/postgres/schema.sql';
import { uuidv7 } from '../../libs/events/src/uuid';
import { benchEvents } from './fixtures';
import { rawEventsTableDdl } from './raw-target';
import { percentile } from './stats';

export interface Diagnostics {
  rttP50Ms: number;
  validateUsPerEvent: number;
  /** Client-observed p50 of one single-event call, alternating A/B/C on one connection. */
  appendP50Ms: number;
  appendNoLockP50Ms: number;
  rawInsertP50Ms: number;
  /** Server time inside the plpgsql function per call (pg_stat_user_functions). */
  appendServerMs: number;
  appendNoLockServerMs: number;
}

/**
 * Where the time of a single append goes, measured rather than guessed: the bare round
 * trip, schema validation in Node, and on the server our `append` function with and without
 * its advisory lock against a plain INSERT, interleaved on one connection. Function timing
 * uses track_functions, set for this diagnostic session only (the server is not reconfigured).
 */
export async function diagnose(url: string, schema: string, catalogue: EventCatalogue, n: number): Promise<Diagnostics> {
  const validateUsPerEvent = timeValidation(catalogue, Math.max(n * 5, 5000));
  const client = new Client({ connectionString: url, options: '-c track_functions=pl' });
  await client.connect();
  try {
    await client.query(eventStoreSchema(schema));
    await client.query(withoutLock(eventStoreSchema(schema), schema));
    await client.query(rawEventsTableDdl(`${schema}_raw`));
    const rtt: number[] = [];
    for (let i = 0; i < n; i++) rtt.push(await timed(() => client.query('SELECT 1')));

    const events = benchEvents(3 * n);
    const lat = { append: [] as number[], nolock: [] as number[], raw: [] as number[] };
    for (let i = 0; i < n; i++) {
      // Rotating the order each iteration keeps any cache or WAL effect from favouring one.
      const ops: Array<[number[], () => Promise<unknown>]> = [
        [lat.append, () => client.query(`SELECT * FROM ${schema}.append($1, 0, false, $2)`, [`a-${i}`, appendJson(events[3 * i])])],
        [lat.nolock, () => client.query(`SELECT * FROM ${schema}.append_nolock($1, 0, false, $2)`, [`l-${i}`, appendJson(events[3 * i + 1])])],
        [lat.raw, () => client.query(RAW_INSERT(`${schema}_raw`), rawParams(events[3 * i + 2], `r-${i}`))],
      ];
      for (let k = 0; k < 3; k++) {
        const [into, op] = ops[(i + k) % 3];
        into.push(await timed(op));
      }
    }
    const server = await functionTimes(url, client, schema);
    return {
      rttP50Ms: percentile(rtt, 50),
      validateUsPerEvent,
      appendP50Ms: percentile(lat.append, 50),
      appendNoLockP50Ms: percentile(lat.nolock, 50),
      rawInsertP50Ms: percentile(lat.raw, 50),
      appendServerMs: server.append,
      appendNoLockServerMs: server.append_nolock,
    };
  } finally {
    await client.end().catch(() => undefined);
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

/** Our append function under another name with the advisory lock line removed, nothing else changed. */
function withoutLock(sql: string, schema: string): string {
  const fn = sql.slice(sql.indexOf(`CREATE OR REPLACE FUNCTION ${schema}.append(`));
  const stripped = fn.replace(/^\s*PERFORM pg_advisory_xact_lock\([^;]*\);\s*$/m, '');
  if (stripped === fn) throw new Error('could not find the advisory lock in append(): update diagnostics.ts');
  return stripped.replace(`FUNCTION ${schema}.append(`, `FUNCTION ${schema}.append_nolock(`);
}

/** Stats are flushed when a session ends, so a fresh session reads them after ours has gone idle. */
async function functionTimes(url: string, client: Client, schema: string): Promise<Record<'append' | 'append_nolock', number>> {
  await client.query('SELECT pg_stat_force_next_flush()').catch(() => undefined);
  await client.query('SELECT 1');
  await new Promise((r) => setTimeout(r, 1200));
  const reader = new Client({ connectionString: url });
  await reader.connect();
  try {
    const { rows } = await reader.query<{ funcname: string; calls: string; total_time: number }>(
      `SELECT funcname, calls, total_time FROM pg_stat_user_functions WHERE schemaname = $1`,
      [schema],
    );
    const per = (name: string) => {
      const r = rows.find((x) => x.funcname === name);
      return r && Number(r.calls) > 0 ? r.total_time / Number(r.calls) : NaN;
    };
    return { append: per('append'), append_nolock: per('append_nolock') };
  } finally {
    await reader.end();
  }
}

/** The JSON our adapter sends to `append` (PostgresEventStore's private toJson, for one event). */
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
