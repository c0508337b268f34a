import { randomBytes } from 'node:crypto';
import mongoose, { type Connection } from 'mongoose';
import { MongoReadModelStore } from '../mongo/mongo-read-model-store';
import { PostgresReadModelStore } from '../postgres/postgres-read-model-store';
import { CataloguedEventStore } from '../../store/catalogued-event-store';
import { pgExecutor } from '../../store/postgres/drivers';
import { PostgresEventStore } from '../../store/postgres/postgres-event-store';
import type { SqlExecutor } from '../../store/postgres/sql-executor';
import { rebuildBesideContract } from '../../testing/rebuild-beside.contract';
import { requireEnv } from '../../testing/require-env';
import { testCatalogue } from '../../testing/test-catalogue';

const pgUrl = requireEnv('HOMEWARD_PG_URL');
const mongoUrl = requireEnv('HOMEWARD_MONGO_URL');
const schema = `rb_${randomBytes(4).toString('hex')}`;
let sql: SqlExecutor;
let logs = 0;
beforeAll(async () => (sql = await pgExecutor(pgUrl)));
afterAll(async () => {
  for (let i = 1; i <= logs; i++) await sql.exec(`DROP SCHEMA IF EXISTS ${schema}_log_${i} CASCADE`);
  await sql.exec(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await sql.close();
});
const openLog = async () => new CataloguedEventStore(await PostgresEventStore.open({ ...sql, close: async () => {} }, `${schema}_log_${++logs}`), testCatalogue);

rebuildBesideContract('PostgreSQL adapter on a PostgreSQL server', {
  openLog,
  openReadModels: () => PostgresReadModelStore.open(sql, schema),
  exists: async (_, physical) => (await sql.query<{ t: string | null }>(`SELECT to_regclass('${schema}."rm_${physical}"')::text AS t`)).rows[0].t !== null,
});

// Each open is a connection of its own, as another process's would be; collections are dropped, never the database.
// Not the read-model contract's database: a suite running beside this one never shares its pointers or checkpoints.
const dbName = 'homeward_contract_rebuild';
let inspector: Connection | undefined;
afterAll(() => inspector?.close());
rebuildBesideContract('MongoDB wire (FerretDB in local runs)', {
  openLog,
  openReadModels: () => MongoReadModelStore.connect(mongoUrl, { dbName }),
  exists: async (_, physical) => {
    inspector ??= await mongoose.createConnection(mongoUrl, { dbName }).asPromise();
    return (await inspector.db!.listCollections({ name: physical }).toArray()).length > 0;
  },
});
