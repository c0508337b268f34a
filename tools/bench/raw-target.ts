import { pgPoolConfig, type SessionSettings } from '../../libs/events/src/store/postgres/drivers';
import { Pool } from 'pg';
import type { NewEvent } from '../../libs/events/src/envelope';
import { uuidv7 } from '../../libs/events/src/uuid';
import { eventStoreSchema } from '../../libs/events/src/store/postgres/schema.sql';
import type { Target } from './scenarios';

/** The columns `append` fills, in its order; `recorded_at` is set by the server, as `append` does. */
const COLUMNS = 'event_id, stream_id, stream_version, type, schema_version, occurred_at, recorded_at, actor, country, correlation_id, causation_id, data, personal';
const PARAMS_PER_ROW = 12;

/**
 * The baseline: plain INSERTs with `pg` into a table with exactly our columns and indexes
 * but no trigger and no function. The DDL is cut out of our own schema script, so the two
 * tables cannot drift apart when the store's schema changes.
 */
export function rawEventsTableDdl(schema: string): string {
  const ours = eventStoreSchema(schema);
  const onEvents = new RegExp(`\\b${schema}\\.events\\b`);
  const statements = ours
    .split(/;\s*\n/)
    .map((s) => s.trim())
    .filter((s) => /^CREATE (TABLE|(UNIQUE )?INDEX)\b/i.test(s) && onEvents.test(s));
  return [`CREATE SCHEMA IF NOT EXISTS ${schema}`, ...statements].join(';\n') + ';';
}

/** `connections` and `settings`: as given to our store's pool, so both run on the same terms. */
export async function rawTarget(url: string, schema: string, connections = 1, settings: SessionSettings = {}): Promise<Target> {
  // Same connection settings as our store's pgExecutor: a `pg` Pool, of one connection unless told otherwise.
  const pool = new Pool(await pgPoolConfig(url, connections, settings));
  await pool.query(rawEventsTableDdl(schema));
  const insertOne = `INSERT INTO ${schema}.events (${COLUMNS}) VALUES ${placeholders(1)} RETURNING global_position, recorded_at`;
  const insertMany = new Map<number, string>();
  return {
    async append(streamId, events, expectedVersion) {
      // No version check beyond the unique (stream_id, stream_version) index: that is the raw floor.
      const params = events.flatMap((e, k) => rowParams(e, streamId, expectedVersion + k + 1));
      let sql = insertOne;
      if (events.length > 1) {
        sql = insertMany.get(events.length) ?? `INSERT INTO ${schema}.events (${COLUMNS}) VALUES ${placeholders(events.length)} RETURNING global_position, recorded_at`;
        insertMany.set(events.length, sql);
      }
      await pool.query(sql, params);
    },
    async readStream(streamId) {
      // The very query our adapter sends, minus the mapping to RecordedEvent.
      const { rows } = await pool.query(`SELECT * FROM ${schema}.events WHERE stream_id = $1 AND stream_version >= $2 ORDER BY stream_version`, [streamId, 1]);
      return rows.length;
    },
    close: () => pool.end(),
  };
}

function placeholders(rows: number): string {
  const out: string[] = [];
  for (let r = 0; r < rows; r++) {
    const p = (k: number) => `$${r * PARAMS_PER_ROW + k}`;
    out.push(`(${p(1)}, ${p(2)}, ${p(3)}, ${p(4)}, ${p(5)}, ${p(6)}, clock_timestamp(), ${p(7)}, ${p(8)}, ${p(9)}, ${p(10)}, ${p(11)}, ${p(12)})`);
  }
  return out.join(', ');
}

/** Same split as our adapter: personal data goes to its own column. */
function rowParams(e: NewEvent, streamId: string, version: number): unknown[] {
  const { personal, ...data } = e.data;
  return [
    e.eventId ?? uuidv7(),
    streamId,
    version,
    e.type,
    e.schemaVersion ?? 1,
    e.occurredAt,
    JSON.stringify(e.actor),
    e.country,
    e.correlationId,
    e.causationId ?? null,
    JSON.stringify(data),
    personal ? JSON.stringify(personal) : null,
  ];
}
