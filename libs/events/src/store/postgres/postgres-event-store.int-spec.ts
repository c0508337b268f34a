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
