import { randomBytes } from 'node:crypto';
import { Kafka, logLevel } from 'kafkajs';
import { MongoClient } from 'mongodb';
import type { SqlExecutor } from '@homeward/events';

/** Where a text was found: `pg schema.table`, `mongo db.collection`, `kafka topic`. */
export type Finding = string;

const found = (where: string, text: string, needles: string[]): Finding[] => needles.filter((n) => text.includes(n)).map((n) => `${where}: ${n}`);

/** Every row of every table in every schema whose name holds the run's namespace: events, inboxes, read models, checkpoints, dead letters, keys. */
export async function searchPostgres(sql: SqlExecutor, namespace: string, needles: string[]): Promise<{ tables: number; findings: Finding[] }> {
  const { rows: tables } = await sql.query<{ s: string; t: string }>(
    `SELECT table_schema AS s, table_name AS t FROM information_schema.tables WHERE table_schema LIKE $1 AND table_type = 'BASE TABLE'`,
    [`%${namespace}%`],
  );
  const findings: Finding[] = [];
  for (const { s, t } of tables) {
    const { rows } = await sql.query<{ row: string }>(`SELECT r::text AS row FROM "${s}"."${t}" r`);
    findings.push(...found(`pg ${s}.${t}`, rows.map((r) => r.row).join('\n'), needles));
  }
  return { tables: tables.length, findings };
}

/** Every document of every collection of every database whose name holds the namespace (MongoDB wire: FerretDB here). */
export async function searchMongo(url: string, namespace: string, needles: string[]): Promise<{ collections: number; findings: Finding[] }> {
  const client = await MongoClient.connect(url);
  try {
    const { databases } = await client.db('admin').admin().listDatabases({ nameOnly: true });
    const findings: Finding[] = [];
    let collections = 0;
    for (const { name } of databases.filter((d) => d.name.includes(namespace))) {
      const db = client.db(name);
      for (const { name: collection } of await db.listCollections({}, { nameOnly: true }).toArray()) {
        collections++;
        const docs = await db.collection(collection).find({}).toArray();
        findings.push(...found(`mongo ${name}.${collection}`, JSON.stringify(docs), needles));
      }
    }
    return { collections, findings };
  } finally {
    await client.close();
  }
}

/** Every message (key, value, headers) of every topic the run's prefix names, read from the start to the end it has now. */
export async function searchKafka(brokers: string[], topicPrefix: string, needles: string[], timeoutMs = 30000): Promise<{ messages: number; findings: Finding[] }> {
  const kafka = new Kafka({ brokers, clientId: 'homeward-erasure-search', logLevel: logLevel.NOTHING });
  const admin = kafka.admin();
  await admin.connect();
  const topics = (await admin.listTopics()).filter((t) => t.startsWith(topicPrefix));
  let expected = 0;
  for (const topic of topics) for (const p of await admin.fetchTopicOffsets(topic)) expected += Number(p.high) - Number(p.low);
  await admin.disconnect();
  const consumer = kafka.consumer({ groupId: `homeward-erasure-search-${randomBytes(4).toString('hex')}` });
  const findings: Finding[] = [];
  let messages = 0;
  try {
    await consumer.connect();
    await consumer.subscribe({ topics, fromBeginning: true });
    const done = new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`read ${messages} of ${expected} messages in ${timeoutMs} ms`)), timeoutMs);
      if (expected === 0) (clearTimeout(timer), resolve());
      void consumer.run({
        eachMessage: async ({ topic, message }) => {
          const headers = Object.entries(message.headers ?? {}).map(([k, v]) => `${k}=${v?.toString() ?? ''}`).join(' ');
          findings.push(...found(`kafka ${topic}`, `${message.key?.toString() ?? ''} ${message.value?.toString() ?? ''} ${headers}`, needles));
          if (++messages >= expected) (clearTimeout(timer), resolve());
        },
      });
    });
    await done;
  } finally {
    await consumer.disconnect();
  }
  return { messages, findings };
}
