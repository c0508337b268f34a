import { pgliteExecutor } from '../../store/postgres/drivers';
import type { SqlExecutor } from '../../store/postgres/sql-executor';
import { readModelStoreContract } from '../../testing/read-model-store.contract';
import { PostgresReadModelStore } from './postgres-read-model-store';

let sql: SqlExecutor | undefined;
afterAll(() => sql?.close());

readModelStoreContract('PostgreSQL adapter on PGlite (embedded)', async () => PostgresReadModelStore.open((sql ??= await pgliteExecutor()), 'read_models'));
