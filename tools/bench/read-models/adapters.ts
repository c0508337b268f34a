import type { mongo } from 'mongoose';
import { MongoReadModelStore } from '../../../libs/events/src/readmodel/mongo/mongo-read-model-store';
import { PostgresReadModelStore } from '../../../libs/events/src/readmodel/postgres/postgres-read-model-store';
import type { PositionedDoc, ReadModelStore } from '../../../libs/events/src/readmodel/read-model-store.port';
import { pgExecutor } from '../../../libs/events/src/store/postgres/drivers';
import { withAdmin } from '../infra';
import { recordingSql, type RecordingSql } from './explain';
import { RenamedCollections } from './renamed-collections';
import type { BatchWriter } from './seed';

export const POSTGRES = 'PostgreSQL';
export const FERRETDB = 'FerretDB';

/** One read-model adapter as a service opens it, in a place of this run's own. */
export interface BenchAdapter {
  name: typeof POSTGRES | typeof FERRETDB;
  readModels: ReadModelStore;
  /** How the seeder writes a batch of documents here. */
  writeBatch: BatchWriter;
  /** PostgreSQL only: its statements recorded, to EXPLAIN them. */
  recording?: RecordingSql;
  /**
   * After seeding, what the server's own maintenance would have done by now to a table live for a while:
   * on PostgreSQL VACUUM ANALYZE (pages marked all-visible, which an index-only count needs; statistics).
   */
  settle(collections: string[]): Promise<void>;
  /** Drops what the run made, then closes. */
  close(): Promise<void>;
}

/** The service's adapter on a pool of 10 (pgExecutor's default, as distributed mode opens it), in a fresh schema. */
export async function openPostgres(url: string, schema: string): Promise<BenchAdapter> {
  const recording = recordingSql(await pgExecutor(url));
  const readModels = await PostgresReadModelStore.open(recording.sql, schema);
  return {
    name: POSTGRES,
    readModels,
    recording,
    writeBatch: async (collection, docs) => void (await readModels.putMany(collection, docs)),
    settle: async (collections) => {
      for (const c of collections) await withAdmin(url, (client) => client.query(`VACUUM ANALYZE ${schema}."rm_${c}"`));
    },
    close: async () => {
      await recording.sql.close();
      await withAdmin(url, (c) => c.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`));
    },
  };
}

/**
 * The service's adapter on a database kept for benches (never dropped: dropping a database crashes
 * FerretDB v1), in collections named with this run's prefix, all dropped at the end. Seeding writes
 * with insertMany, as the adapter stores documents (the document, its _id and _position): putMany
 * is one conditional upsert per document, which FerretDB takes a few at a time.
 */
export async function openFerretDb(url: string, prefix: string): Promise<BenchAdapter> {
  const store = await MongoReadModelStore.connect(url, { dbName: BENCH_DATABASE });
  const readModels = new RenamedCollections(store, prefix);
  const { mongo: driver } = await import('mongoose');
  const client: mongo.MongoClient = await driver.MongoClient.connect(url);
  const db = client.db(BENCH_DATABASE);
  return {
    name: FERRETDB,
    readModels,
    settle: async () => {},
    writeBatch: async (collection, docs: Array<PositionedDoc<object>>) => {
      const stored = docs.map(({ id, doc, position }) => ({ ...doc, _id: id, _position: position }) as unknown as mongo.Document);
      await db.collection(readModels.name(collection)).insertMany(stored, { ordered: false });
    },
    close: async () => {
      try {
        for (const c of await db.listCollections({}, { nameOnly: true }).toArray()) if (c.name.startsWith(prefix)) await db.collection(c.name).drop();
      } finally {
        await client.close();
        await store.close();
      }
    },
  };
}

const BENCH_DATABASE = 'homeward_bench';

/** What the servers say they are, for the section's first line. */
export async function serverVersions(pgUrl: string, mongoUrl: string): Promise<{ postgres: string; ferretdb: string }> {
  const postgres = await withAdmin(pgUrl, async (c) => (await c.query<{ server_version: string }>('SHOW server_version')).rows[0].server_version);
  const { mongo: driver } = await import('mongoose');
  const client = await driver.MongoClient.connect(mongoUrl);
  try {
    const info = (await client.db(BENCH_DATABASE).admin().command({ buildInfo: 1 })) as { version?: string; ferretdbVersion?: string };
    return { postgres, ferretdb: `${info.ferretdbVersion ?? '?'} (answering as MongoDB ${info.version ?? '?'})` };
  } finally {
    await client.close();
  }
}
