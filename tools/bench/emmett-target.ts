import type { Event } from '@event-driven-io/emmett';
import { getPostgreSQLEventStore } from '@event-driven-io/emmett-postgresql';
import { Pool } from 'pg';
import type { NewEvent } from '../../libs/events/src/envelope';
import type { Target } from './scenarios';

type EmmettEvent = Event<string, Record<string, unknown>, Record<string, unknown>>;

/**
 * Emmett's PostgreSQL event store on its own database, through a pool of one connection
 * like every other contender. It creates its tables and functions on first use (warm-up).
 */
export function emmettTarget(url: string): Target {
  const pool = new Pool({ connectionString: url, max: 1 });
  const store = getPostgreSQLEventStore(url, { connectionOptions: { pool } });
  return {
    async append(streamId, events, expectedVersion) {
      await store.appendToStream(streamId, events.map(toEmmett), { expectedStreamVersion: BigInt(expectedVersion) });
    },
    async readStream(streamId) {
      return (await store.readStream(streamId)).events.length;
    },
    async close() {
      // With a pool handed in, emmett has nothing of its own to end; the pool is ours to end.
      await Promise.resolve(store.close()).catch(() => undefined);
      await pool.end();
    },
  };
}

/** Same bytes as ours: the body as data, the envelope fields as metadata. */
function toEmmett(e: NewEvent): EmmettEvent {
  return {
    type: e.type,
    data: e.data,
    metadata: { occurredAt: e.occurredAt, actor: e.actor, country: e.country, correlationId: e.correlationId, causationId: e.causationId ?? null },
  };
}
