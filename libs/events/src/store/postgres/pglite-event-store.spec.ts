import { eventStoreContract } from '../../testing/event-store.contract';
import { pgliteExecutor } from './drivers';
import { PostgresEventStore } from './postgres-event-store';

eventStoreContract('PGlite (embedded)', async () => {
  const sql = await pgliteExecutor();
  const store = await PostgresEventStore.open(sql, 'contract');
  return {
    store,
    tamperAttempts: [
      () => sql.query(`UPDATE contract.events SET data = '{}'`),
      () => sql.query(`DELETE FROM contract.events`),
      () => sql.query(`TRUNCATE contract.events`),
    ],
  };
});
