import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Kafka, logLevel } from 'kafkajs';
import { ensurePgUrl, withAdmin } from '../infra';
import { hostInfo } from '../machine';
import { endToEndConfigFromEnv } from './e2e-config';
import { endToEndSection } from './e2e-report';
import { runEndToEnd, type EndToEndRun } from './end-to-end-run';

/**
 * `npm run bench -- end-to-end`: registration to monitoring's case list in distributed mode, beside
 * a bare kafkajs round trip, once per read-model choice; printed, and the section of BENCHMARKS.md.
 */
export async function endToEndBench(log: (line: string) => void): Promise<string[]> {
  const at = new Date();
  const loadAtStart = os.loadavg()[0];
  const cfg = endToEndConfigFromEnv();
  const pgUrl = ensurePgUrl();
  const brokers = process.env.HOMEWARD_KAFKA_BROKERS?.split(',').filter(Boolean);
  if (!brokers?.length) throw new Error('end-to-end needs HOMEWARD_KAFKA_BROKERS (source infra/env.sh)');
  const mongoUrl = process.env.HOMEWARD_MONGO_URL;
  if (cfg.readModels.includes('mongo') && !mongoUrl) throw new Error('end-to-end with mongo read models needs HOMEWARD_MONGO_URL (source infra/env.sh)');
  const runs: EndToEndRun[] = [];
  for (const readModels of cfg.readModels) runs.push(await runEndToEnd(cfg, readModels, { pgUrl, brokers, mongoUrl }, log));
  const section = endToEndSection(runs, cfg, hostInfo(), at, [loadAtStart, os.loadavg()[0]], await serverVersions(pgUrl, brokers));
  console.log(`\n${section.join('\n')}`);
  return section;
}

async function serverVersions(pgUrl: string, brokers: string[]): Promise<string> {
  const pg = await withAdmin(pgUrl, async (c) => (await c.query<{ server_version: string }>('SHOW server_version')).rows[0].server_version).catch(() => '?');
  const admin = new Kafka({ brokers, clientId: 'bench-versions', logLevel: logLevel.NOTHING }).admin();
  const nodes = await admin
    .connect()
    .then(() => admin.describeCluster())
    .then((c) => c.brokers.length, () => '?')
    .finally(() => admin.disconnect().catch(() => undefined));
  const kafka = process.env.HOMEWARD_KAFKA_VERSION ? `Kafka ${process.env.HOMEWARD_KAFKA_VERSION}` : 'Kafka';
  const kafkajs = (JSON.parse(readFileSync(path.resolve(__dirname, '../../../node_modules/kafkajs/package.json'), 'utf8')) as { version: string }).version;
  return `PostgreSQL ${pg.split(' ')[0]}, ${kafka} (${nodes} broker${nodes === 1 ? '' : 's'}), kafkajs ${kafkajs}`;
}
