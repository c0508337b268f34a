import os from 'node:os';
import { hostInfo } from '../machine';
import { ensurePgUrl } from '../infra';
import { openFerretDb, openPostgres, serverVersions } from '../read-models/adapters';
import { ME_PROJECTIONS, seedAggregates } from './me-seed';
import { timeQueries } from './me-queries';
import { monitoringSection, type MonitoringBenchResult } from './me-report';
import { EVENTS_PER_CASE } from './me-population';
import { schedulerPhase } from './scheduler-phase';
import { OVERDUE_FOLLOW_UPS } from '../../../apps/monitoring/src/alerts/overdue-follow-ups.projection';
import type { PositionedDoc } from '../../../libs/events/src/readmodel/read-model-store.port';

const int = (name: string, fallback: number) => (process.env[name] ? Number(process.env[name]) : fallback);

/**
 * `npm run bench -- monitoring`: the M&E aggregates at 100,000 cases and 1,000,000 events (PostgreSQL,
 * and FerretDB beside it), then the deadline runner raising 10,000 due alerts after a clock jump.
 * BENCH_ME_CASES, BENCH_ME_MONGO_CASES, BENCH_ME_QUERIES, BENCH_ME_ALERTS for a smaller run.
 */
export async function monitoringBench(log: (line: string) => void): Promise<string[]> {
  const at = new Date();
  const loadAtStart = os.loadavg()[0];
  const cases = int('BENCH_ME_CASES', 100_000);
  const mongoCases = Math.min(cases, int('BENCH_ME_MONGO_CASES', 10_000));
  const calls = int('BENCH_ME_QUERIES', 200);
  const alerts = int('BENCH_ME_ALERTS', 10_000);
  const pgUrl = ensurePgUrl();
  const mongoUrl = process.env.HOMEWARD_MONGO_URL;
  const run = `${Date.now().toString(36)}`;
  const versions = mongoUrl ? await serverVersions(pgUrl, mongoUrl) : { postgres: '?', ferretdb: '—' };

  log(`[bench] monitoring: seeding ${cases} cases (${cases * EVENTS_PER_CASE} events) into PostgreSQL`);
  const pg = await openPostgres(pgUrl, `hwbench_me_${run}`);
  let result: MonitoringBenchResult['pg'];
  let mongo: MonitoringBenchResult['mongo'] = null;
  try {
    const seed = await seedAggregates(pg.readModels, cases, 5000, log);
    await pg.settle(ME_PROJECTIONS.map((p) => p.collection));
    log('[bench] monitoring: timing the aggregates on PostgreSQL');
    result = { seed, queries: await timeQueries(pg.readModels, calls, 15) };

    if (mongoUrl) {
      const ferret = await openFerretDb(mongoUrl, `me${run}_`);
      try {
        const started = Date.now();
        let documents = 0;
        for (const p of ME_PROJECTIONS) {
          await ferret.readModels.declare(p.collection, p.indexes ?? []);
          const all = await pg.readModels.find<Record<string, unknown>>(p.collection, {});
          // The overdue list of the first cases only (their ids are numbered in order).
          const kept = p.collection === OVERDUE_FOLLOW_UPS ? all.filter((d) => Number(String(d.caseId).slice(-12)) < mongoCases) : all;
          const docs: Array<PositionedDoc<object>> = kept.map(({ _id, _position, ...doc }) => ({ id: _id, doc, position: _position }));
          for (let i = 0; i < docs.length; i += 2000) await ferret.writeBatch(p.collection, docs.slice(i, i + 2000));
          documents += docs.length;
        }
        log('[bench] monitoring: timing the aggregates on FerretDB');
        mongo = { seed: { documents, seconds: (Date.now() - started) / 1000, overdueCases: mongoCases }, queries: await timeQueries(ferret.readModels, calls, 15) };
      } finally {
        await ferret.close();
      }
    }
  } finally {
    await pg.close();
  }

  log(`[bench] monitoring: the deadline runner over ${alerts} due follow-ups`);
  const scheduler = await schedulerPhase(alerts, log);
  const section = monitoringSection({
    at,
    seconds: (Date.now() - at.getTime()) / 1000,
    host: hostInfo(),
    versions,
    load: [loadAtStart, os.loadavg()[0]],
    pg: result,
    mongo,
    scheduler,
    targets: { queryP99Ms: 100, emitSeconds: 10, alerts },
  });
  console.log(`\n${section.join('\n')}`);
  return section;
}
