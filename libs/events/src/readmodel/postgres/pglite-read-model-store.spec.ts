import { pgliteExecutor } from '../../store/postgres/drivers';
import type { SqlExecutor } from '../../store/postgres/sql-executor';
import { readModelStoreContract } from '../../testing/read-model-store.contract';
import { bulkWriteCases } from './bulk-writes.cases';
import { PostgresReadModelStore } from './postgres-read-model-store';

let sql: SqlExecutor | undefined;
afterAll(() => sql?.close());

readModelStoreContract('PostgreSQL adapter on PGlite (embedded)', async () => PostgresReadModelStore.open((sql ??= await pgliteExecutor()), 'read_models'));

describe('PostgreSQL read models written in bulk (PGlite, built without lz4)', () => {
  bulkWriteCases(async () => ({ sql: (sql ??= await pgliteExecutor()), schema: 'bulk_writes' }), 'pglz');
});
