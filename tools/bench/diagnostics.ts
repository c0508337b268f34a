import { Client } from 'pg';
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
  /** Client-observed p50 of one single-event call, alternating A/B/C on one connection. */
  appendP50Ms: number;
  /** The same append into a copy of the schema without the commit notification (its statement trigger). */
  rawInsertP50Ms: number;
}

/**
 * Where the time of a single append goes, measured rather than guessed: the bare round
 * trip, schema validation in Node, and our prepared append statement against a plain INSERT,
 * interleaved on one connection.
 */
export async function diagnose(url: string, schema: string, catalogue: EventCatalogue, n: number): Promise<Diagnostics> {
  const validateUsPerEvent = timeValidation(catalogue, Math.max(n * 5, 5000));
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(eventStoreSchema(schema));
    await client.query(rawEventsTableDdl(`${schema}_raw`));
    const append = appendStatement(schema);
    const rtt: number[] = [];
    for (let i = 0; i < n; i++) rtt.push(await timed(() => client.query('SELECT 1')));

    const events = benchEvents(2 * n);
    const lat = { append: [] as number[], raw: [] as number[] };
    for (let i = 0; i < n; i++) {
      // Rotating the order each iteration keeps any cache or WAL effect from favouring one.
      const ops: Array<[number[], () => Promise<unknown>]> = [
        [lat.append, () => client.query({ name: 'diag_append', text: append, values: [`a-${i}`, 0, appendJson(events[2 * i])] })],
        [lat.raw, () => client.query(RAW_INSERT(`${schema}_raw`), rawParams(events[2 * i + 1], `r-${i}`))],
      ];
      for (let k = 0; k < 2; k++) {
        const [into, op] = ops[(i + k) % 2];
        into.push(await timed(op));
      }
    }
    return {
      rttP50Ms: percentile(rtt, 50),
      validateUsPerEvent,
      appendP50Ms: percentile(lat.append, 50),
      rawInsertP50Ms: percentile(lat.raw, 50),
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
