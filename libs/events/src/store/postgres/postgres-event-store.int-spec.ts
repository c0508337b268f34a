import { randomBytes } from 'node:crypto';
import { eventStoreContract } from '../../testing/event-store.contract';
import { requireEnv } from '../../testing/require-env';
import { Client } from 'pg';
import type { NewEvent } from '../../envelope';
import { uuidv7 } from '../../uuid';
import { pgExecutor } from './drivers';
import { PostgresEventStore } from './postgres-event-store';
import { appendStatement } from './schema.sql';

const url = requireEnv('HOMEWARD_PG_URL');

eventStoreContract('PostgreSQL server', async () => {
  const sql = await pgExecutor(url, 5);
  // A fresh schema per test keeps runs independent without dropping anything.
  const schema = `contract_${randomBytes(6).toString('hex')}`;
  const store = await PostgresEventStore.open(sql, schema);
  return {
    store,
    tamperAttempts: [
      () => sql.query(`UPDATE ${schema}.events SET data = '{}'`),
      () => sql.query(`DELETE FROM ${schema}.events`),
      () => sql.query(`TRUNCATE ${schema}.events`),
    ],
    slowAppend: (streamId, event) => slowAppend(schema, streamId, event),
  };
}, { slowWriters: true });

/** The store's own append statement, in a transaction of its own left open until commit. */
async function slowAppend(schema: string, streamId: string, event: NewEvent) {
  const client = new Client({ connectionString: url });
  await client.connect();
  await client.query('BEGIN');
  const { data, ...meta } = event;
  const row = { ...meta, eventId: uuidv7(), schemaVersion: event.schemaVersion ?? 2, causationId: null, data, personal: null };
  await client.query(appendStatement(schema), [streamId, 0, JSON.stringify([row])]);
  return {
    commit: async () => {
      await client.query('COMMIT');
      await client.end();
    },
  };
}

describe('PostgreSQL event store: several instances of one service', () => {
  it('opens the same schema from instances starting together while another one appends', async () => {
    const schema = `instances_${randomBytes(6).toString('hex')}`;
    const first = await PostgresEventStore.open(await pgExecutor(url, 5), schema);
    let writing = true;
    const writer = (async () => {
      for (let v = 0; writing; v++) await first.appendToStream('case-busy', [{ ...busyEvent, data: { text: `n${v}` } }], { expectedVersion: v });
    })();
    const others = await Promise.all([1, 2, 3].map(async () => PostgresEventStore.open(await pgExecutor(url, 2), schema)));
    writing = false;
    await writer;
    expect((await others[0].readStream('case-busy')).length).toBeGreaterThan(0);
    for (const store of [first, ...others]) await store.close();
  });
});

const busyEvent = {
  type: 'test.NoteTaken',
  occurredAt: '2026-11-01T10:00:00.000Z',
  actor: { userId: 'u-1', role: 'case_manager' as const },
  country: 'SN',
  correlationId: 'c-1',
  data: {},
};
