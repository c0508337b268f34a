import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { withAdmin, ensurePgUrl } from '../infra';
import { hostInfo } from '../machine';
import { urgentConfigFromEnv } from './urgent-config';
import { urgentSection } from './urgent-report';
import { runUrgent, type UrgentRun } from './urgent-run';

/**
 * `npm run bench -- urgent`: an urgent need recorded in intake to the urgent referral in the
 * emergency provider's inbox, embedded then distributed (beside a bare kafkajs round trip); printed,
 * and the section of BENCHMARKS.md.
 */
export async function urgentBench(log: (line: string) => void): Promise<string[]> {
  const at = new Date();
  const loadAtStart = os.loadavg()[0];
  const cfg = urgentConfigFromEnv();
  const pgUrl = ensurePgUrl();
  const brokers = process.env.HOMEWARD_KAFKA_BROKERS?.split(',').filter(Boolean) ?? [];
  if (cfg.modes.includes('distributed') && !brokers.length) throw new Error('urgent, distributed, needs HOMEWARD_KAFKA_BROKERS (source infra/env.sh)');
  const runs: UrgentRun[] = [];
  for (const mode of cfg.modes) runs.push(await runUrgent(cfg, mode, { pgUrl, brokers }, log));
  const section = urgentSection(runs, cfg, hostInfo(), at, [loadAtStart, os.loadavg()[0]], await servers(pgUrl, cfg.modes.includes('distributed')));
  console.log(`\n${section.join('\n')}`);
  return section;
}

async function servers(pgUrl: string, distributed: boolean): Promise<string> {
  const pglite = (JSON.parse(readFileSync(path.resolve(__dirname, '../../../node_modules/@electric-sql/pglite/package.json'), 'utf8')) as { version: string }).version;
  if (!distributed) return `PGlite ${pglite}`;
  const pg = await withAdmin(pgUrl, async (c) => (await c.query<{ server_version: string }>('SHOW server_version')).rows[0].server_version).catch(() => '?');
  const kafkajs = (JSON.parse(readFileSync(path.resolve(__dirname, '../../../node_modules/kafkajs/package.json'), 'utf8')) as { version: string }).version;
  const kafka = process.env.HOMEWARD_KAFKA_VERSION ? `Kafka ${process.env.HOMEWARD_KAFKA_VERSION}` : 'Kafka';
  return `PGlite ${pglite} (embedded); PostgreSQL ${pg.split(' ')[0]}, ${kafka}, kafkajs ${kafkajs} (distributed)`;
}
