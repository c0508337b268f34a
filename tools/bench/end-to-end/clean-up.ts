import { Kafka, logLevel } from 'kafkajs';
import { dropSchemas } from '../infra';

/** What a run created, all under its own namespace: nothing another run (or a helper's tests) uses. */
export interface RunFootprint {
  pgUrl: string;
  schemas: string[];
  mongo?: { url: string; databases: string[] };
  brokers: string[];
  /** Topics and consumer groups whose names hold it. */
  namespace: string;
}

/**
 * Drops the run's schemas (our events table refuses DELETE and TRUNCATE, so a schema goes whole),
 * the collections of its MongoDB-wire databases (never a database: FerretDB crashes on dropDatabase),
 * and its topics and consumer groups. Each step runs whatever the others did.
 */
export async function cleanUp(run: RunFootprint, log: (line: string) => void): Promise<void> {
  const step = async (what: string, fn: () => Promise<unknown>) => fn().catch((error: unknown) => log(`[bench] end-to-end: clean-up of ${what} failed: ${(error as Error).message}`));
  await step('schemas', () => dropSchemas(run.pgUrl, run.schemas));
  if (run.mongo) await step('collections', () => dropCollections(run.mongo!.url, run.mongo!.databases));
  await step('topics and groups', () => dropTopicsAndGroups(run.brokers, run.namespace));
}

async function dropCollections(url: string, databases: string[]): Promise<void> {
  const { default: mongoose } = await import('mongoose');
  for (const dbName of databases) {
    const connection = await mongoose.createConnection(url, { dbName, serverSelectionTimeoutMS: 5000 }).asPromise();
    try {
      for (const { name } of await connection.db!.listCollections().toArray()) await connection.db!.dropCollection(name);
    } finally {
      await connection.close();
    }
  }
}

async function dropTopicsAndGroups(brokers: string[], namespace: string): Promise<void> {
  const admin = new Kafka({ brokers, clientId: 'bench-clean-up', logLevel: logLevel.NOTHING }).admin();
  await admin.connect();
  try {
    const topics = (await admin.listTopics()).filter((t) => t.includes(namespace));
    if (topics.length) await admin.deleteTopics({ topics });
    const groups = (await admin.listGroups()).groups.map((g) => g.groupId).filter((g) => g.includes(namespace));
    // A group whose member has not left yet (an instance killed, or one that did not leave on SIGTERM) refuses; it expires by itself.
    if (groups.length) await admin.deleteGroups(groups).catch(() => undefined);
  } finally {
    await admin.disconnect();
  }
}
