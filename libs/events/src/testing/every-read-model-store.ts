import { randomBytes } from 'node:crypto';
import { InMemoryReadModelStore } from '../readmodel/in-memory-read-model-store';
import { PostgresReadModelStore } from '../readmodel/postgres/postgres-read-model-store';
import type { ReadModelStore } from '../readmodel/read-model-store.port';
import { pgliteExecutor } from '../store/postgres/drivers';

/**
 * Runs a suite of queries on each read-model store a service can be given: in memory, and
 * PostgreSQL (PGlite, embedded), in a schema of its own. Both refuse a query no declared index serves.
 */
export function onEveryReadModelStore(suite: (readModels: () => ReadModelStore) => void): void {
  describe.each([
    ['in memory', async () => ({ store: new InMemoryReadModelStore() as ReadModelStore, close: async () => undefined })],
    [
      'on PostgreSQL (PGlite)',
      async () => {
        const sql = await pgliteExecutor();
        return { store: (await PostgresReadModelStore.open(sql, `rm_${randomBytes(4).toString('hex')}`)) as ReadModelStore, close: () => sql.close() };
      },
    ],
  ])('%s', (_name, open) => {
    let opened: { store: ReadModelStore; close: () => Promise<void> } | undefined;
    beforeAll(async () => {
      opened = await open();
    });
    afterAll(() => opened?.close());
    suite(() => opened!.store);
  });
}
