import { randomBytes } from 'node:crypto';
import { InMemoryReadModelStore, pgliteExecutor, PostgresReadModelStore, type ReadModelStore, type RecordedEvent, type SqlExecutor } from '@homeward/events';
import { project } from '@homeward/testing/intake';
import { planningProjections } from '../plan-queries';

/**
 * Runs a suite of queries on each read-model store a service can be given: in memory, and
 * PostgreSQL (PGlite, embedded). Both refuse a query no declared index serves.
 */
export function onEveryReadModelStore(suite: (readModels: () => ReadModelStore) => void): void {
  describe.each([
    ['in memory', async () => ({ store: new InMemoryReadModelStore() as ReadModelStore, close: async () => undefined })],
    ['on PostgreSQL (PGlite)', async () => postgres(await pgliteExecutor())],
  ])('%s', (_name, open) => {
    let opened: { store: ReadModelStore; close: () => Promise<void> } | undefined;
    beforeAll(async () => {
      opened = await open();
    });
    afterAll(() => opened?.close());
    suite(() => opened!.store);
  });
}

async function postgres(sql: SqlExecutor) {
  return { store: await PostgresReadModelStore.open(sql, `rm_plan_${randomBytes(4).toString('hex')}`), close: () => sql.close() };
}

/** Declares planning's read models as the service does and stores what its projections make of these events. */
export async function projectInto(readModels: ReadModelStore, events: RecordedEvent[]): Promise<void> {
  for (const projection of planningProjections) {
    await readModels.declare(projection.collection, projection.indexes ?? []);
    for (const [id, doc] of project(projection, events)) await readModels.put(projection.collection, id, doc, 1);
  }
}
