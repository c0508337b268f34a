import { randomBytes } from 'node:crypto';
import os from 'node:os';
import { intakeContract } from '@homeward/contracts/intake';
import { catalogueOf } from '../../../libs/events/src/catalogue/event-catalogue';
import { CataloguedEventStore } from '../../../libs/events/src/store/catalogued-event-store';
import { pgExecutor } from '../../../libs/events/src/store/postgres/drivers';
import { PostgresEventStore } from '../../../libs/events/src/store/postgres/postgres-event-store';
import { dropSchemas, ensurePgUrl } from '../infra';
import { hostInfo } from '../machine';
import { openFerretDb, openPostgres, serverVersions, type BenchAdapter } from './adapters';
import { explainStatement } from './explain';
import { measuredQueries } from './queries';
import { timeQueries } from './query-phase';
import { writeIntakeLog } from './rebuild-log';
import { runRebuilds } from './rebuild-phase';
import { readModelConfigFromEnv, type ReadModelBenchConfig } from './rm-config';
import { readModelSection, type AdapterRun } from './rm-report';
import { SEEDED_PROJECTIONS, seedReadModels } from './seed';
import { TimedStore } from './timed-store';

/**
 * `npm run bench -- read-models`: the services' read-side queries over 100,000 cases on the PostgreSQL
 * read-model adapter and on the MongoDB-wire server beside it, then intake's projections rebuilt into
 * each beside the raw read of the same log. Everything is made under names of this run and dropped at
 * the end. Prints the section of BENCHMARKS.md and resolves it.
 */
export async function readModelsBench(log: (line: string) => void): Promise<string[]> {
  const at = new Date();
  const loadAtStart = os.loadavg()[0];
  const cfg = readModelConfigFromEnv();
  const pgUrl = ensurePgUrl();
  const mongoUrl = process.env.HOMEWARD_MONGO_URL;
  if (!mongoUrl) throw new Error('HOMEWARD_MONGO_URL is not set: source infra/env.sh (the read-model bench measures the MongoDB-wire server too)');
  const run = `${Date.now().toString(36)}${randomBytes(2).toString('hex')}`;
  const versions = await serverVersions(pgUrl, mongoUrl);
  log(`[bench] read-models ${run}: ${cfg.cases} cases (${cfg.mongoCases} wanted on FerretDB), ${cfg.queries} calls per query, rebuild of ${cfg.rebuildEvents} events`);

  log('[bench] read-models: PostgreSQL');
  const postgres = await measureAdapter(await openPostgres(pgUrl, `hwbench_rm_${run}`), cfg, cfg.cases, log);
  log('[bench] read-models: FerretDB');
  const ferret = await measureAdapter(await openFerretDb(mongoUrl, `rm${run}_`), cfg, cfg.mongoCases, log);

  log('[bench] read-models: rebuilds');
  const logSchema = `hwbench_rm_${run}_log`;
  const catalogue = catalogueOf([intakeContract]);
  const adapters: BenchAdapter[] = [];
  try {
    const writer = await PostgresEventStore.open(await pgExecutor(pgUrl, 1), logSchema);
    const events = await writeIntakeLog(writer, cfg.rebuildEvents, cfg.rebuildLength, log).finally(() => writer.close());
    // As a service reads its log: the catalogue upcasting every event on the way out.
    const store = new CataloguedEventStore(await PostgresEventStore.open(await pgExecutor(pgUrl), logSchema), catalogue);
    adapters.push(await openPostgres(pgUrl, `hwbench_rm_${run}_rebuild`), await openFerretDb(mongoUrl, `rm${run}r_`));
    try {
      const rebuild = await runRebuilds(pgUrl, logSchema, store, events, [{ adapter: adapters[0], rounds: cfg.rebuildRounds }, { adapter: adapters[1], rounds: 1 }], cfg.rebuildRounds, cfg.rebuildBudgetS, log);
      await verifyRebuilt(adapters[0], Math.ceil(cfg.rebuildEvents / cfg.rebuildLength));
      const section = readModelSection({
        at,
        durationS: (Date.now() - at.getTime()) / 1000,
        host: hostInfo(),
        load: [loadAtStart, os.loadavg()[0]],
        versions,
        config: cfg,
        adapters: [postgres, ferret],
        rebuild,
      });
      console.log(`\n${section.join('\n')}`);
      return section;
    } finally {
      await store.close();
    }
  } finally {
    for (const a of adapters) await a.close().catch((e: unknown) => log(`[bench] clean-up of ${a.name} failed: ${(e as Error).message}`));
    await dropSchemas(pgUrl, [logSchema]).catch((e: unknown) => log(`[bench] clean-up failed: ${(e as Error).message}`));
  }
}

/** Seeds one adapter, times the queries on it, explains them where it can; then drops what it made. */
async function measureAdapter(adapter: BenchAdapter, cfg: ReadModelBenchConfig, wanted: number, log: (line: string) => void): Promise<AdapterRun> {
  try {
    for (const p of SEEDED_PROJECTIONS) await adapter.readModels.declare(p.collection, p.indexes ?? []);
    const seeded = await seedReadModels(adapter.writeBatch, wanted, cfg.cases, cfg.batch, cfg.seedBudgetS, log);
    const settling = performance.now();
    await adapter.settle(SEEDED_PROJECTIONS.map((p) => p.collection));
    const seeding = { ...seeded, settleS: (performance.now() - settling) / 1000 };
    log(`  ${adapter.name}: ${seeding.cases} cases (${seeding.documents} documents) in ${seeding.seconds.toFixed(1)} s; busiest country ${seeding.census.busiestCountry.country} (${seeding.census.busiestCountry.cases}), office ${seeding.census.busiestOffice.office} (${seeding.census.busiestOffice.cases})`);
    const timed = new TimedStore(adapter.readModels, ['find', 'count']);
    const queries = measuredQueries(timed.store, seeding.census, seeding.cases, cfg.cases);
    const figures = await timeQueries(queries, timed, cfg.queries, cfg.queryBudgetS, log);
    const plans = new Map<string, string[]>();
    if (adapter.recording) {
      for (const q of queries) {
        adapter.recording.take();
        await q.run(0);
        const statements = adapter.recording.take();
        plans.set(q.key, await Promise.all(statements.map((s) => explainStatement(adapter.recording!.sql, s))));
      }
    }
    return { name: adapter.name, seeding, queries: figures, plans };
  } finally {
    await adapter.close();
  }
}

/** A rebuild that wrote nothing would be fast: the last one on PostgreSQL must hold every case. */
async function verifyRebuilt(adapter: BenchAdapter, cases: number): Promise<void> {
  for (const collection of ['case_file', 'caseload', 'returnee_index']) {
    const held = await adapter.readModels.count(collection, {});
    if (held !== cases) throw new Error(`the rebuilt ${collection} holds ${held} documents, the log has ${cases} cases`);
  }
}
