import { Pool } from 'pg';
import type { EventCatalogue } from '../../libs/events/src/catalogue/event-catalogue';
import { CataloguedEventStore } from '../../libs/events/src/store/catalogued-event-store';
import { pgExecutor, pgPoolConfig } from '../../libs/events/src/store/postgres/drivers';
import { PostgresEventStore } from '../../libs/events/src/store/postgres/postgres-event-store';
import { rotate, type BenchConfig } from './config';
import { BENCH_EVENT_TYPE, benchEvents } from './fixtures';
import { benchProjectionRebuild } from './projection-rebuild';
import { rawPaging, readAllPaging } from './read-rate';
import { runnerRebuild } from './rebuild-runner';
import type { Sample } from './stats';

export const REBUILD = 'ProjectionRunner.rebuild (in-memory read model)';
export const READ_ALL = 'ours readAll paging (catalogued)';
export const RAW_PAGING = 'raw pg SELECT paging';

/**
 * One log of `rebuildEvents` events, then three ways of going through all of it: the
 * projection runner's rebuild, the store's readAll paging it is built on, and the same
 * paged SELECT straight from `pg`. Each reads through its own single-connection pool.
 */
export async function runRebuildPhase(
  url: string,
  schema: string,
  catalogue: EventCatalogue,
  cfg: BenchConfig,
  log: (line: string) => void,
): Promise<Map<string, Sample[] | { status: string }>> {
  const writer = await PostgresEventStore.open(await pgExecutor(url, 1), schema);
  for (let k = 0; k * cfg.batchSize < cfg.rebuildEvents; k++) {
    const count = Math.min(cfg.batchSize, cfg.rebuildEvents - k * cfg.batchSize);
    await writer.appendToStream(`rebuild-${k}`, benchEvents(count, k * cfg.batchSize), { expectedVersion: 0 });
  }
  await writer.close();
  // The statistics autovacuum gathers within a minute of a bulk load: a log just written and read at
  // once has none, and the planner then reads it through a bitmap scan and a sort instead of the index.
  const analyzer = await pgExecutor(url, 1);
  await analyzer.exec(`ANALYZE ${schema}.events`);
  await analyzer.close();

  const forRunner = new CataloguedEventStore(await PostgresEventStore.open(await pgExecutor(url, 1), schema), catalogue);
  const forReadAll = new CataloguedEventStore(await PostgresEventStore.open(await pgExecutor(url, 1), schema), catalogue);
  const raw = new Pool(await pgPoolConfig(url, 1));
  const runner = runnerRebuild(forRunner, [BENCH_EVENT_TYPE]);
  const results = new Map<string, Sample[] | { status: string }>();
  try {
    const contenders: Array<[string, () => Promise<Sample | null>]> = [
      [
        REBUILD,
        async () => {
          const r = await benchProjectionRebuild(runner.rebuild);
          return r.status === 'measured' ? r.sample : null;
        },
      ],
      [READ_ALL, () => readAllPaging(forReadAll, cfg.pageSize)],
      [RAW_PAGING, () => rawPaging(raw, schema, cfg.pageSize)],
    ];
    for (const [, run] of contenders) await run(); // warm-up: one full pass each
    await runner.verify(cfg.rebuildEvents);
    for (let r = 0; r < cfg.rebuildRounds; r++) {
      for (const [name, run] of rotate(contenders, r)) {
        const sample = await run();
        if (!sample) {
          results.set(name, { status: 'pending (no rebuild callback)' });
          continue;
        }
        if (sample.events !== cfg.rebuildEvents) throw new Error(`${name} went through ${sample.events} events, the log holds ${cfg.rebuildEvents}`);
        const list = (results.get(name) as Sample[] | undefined) ?? [];
        list.push(sample);
        results.set(name, list);
        log(`  rebuild r${r + 1} ${name}: ${Math.round(sample.events / (sample.elapsedMs / 1000))} events/s`);
      }
    }
  } finally {
    await Promise.all([forRunner.close(), forReadAll.close(), raw.end()]);
  }
  return results;
}
