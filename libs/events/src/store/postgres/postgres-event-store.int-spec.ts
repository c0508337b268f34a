import { randomBytes } from 'node:crypto';
import { eventStoreContract } from '../../testing/event-store.contract';
import { requireEnv } from '../../testing/require-env';
import { pgExecutor } from './drivers';
import { PostgresEventStore } from './postgres-event-store';

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
  };
});

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
