import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { intakeContract } from '@homeward/contracts/intake';
import { catalogueOf } from '../../libs/events/src/catalogue/event-catalogue';
import { CataloguedEventStore } from '../../libs/events/src/store/catalogued-event-store';
import { pgExecutor } from '../../libs/events/src/store/postgres/drivers';
import { PostgresEventStore } from '../../libs/events/src/store/postgres/postgres-event-store';
import type { EventCatalogue } from '../../libs/events/src/catalogue/event-catalogue';
import type { EventStore } from '../../libs/events/src/store/event-store.port';
import { MasterKey } from '../../libs/events/src/privacy/master-key';
import { PostgresKeyStore } from '../../libs/events/src/privacy/postgres-key-store';
import { SealingEventStore } from '../../libs/events/src/privacy/sealing-event-store';
import { ADAPTER, Analysis, EMMETT, OURS, PIPELINE, RAW } from './analysis';
import { runAppendPhase, type Entrant } from './append-phase';
import { configFromEnv } from './config';
import { runConsentPhase } from './consent-answer';
import { emmettContender, localContender } from './contender';
import { diagnose, type Diagnostics } from './diagnostics';
import { BENCH_EVENT_TYPE } from './fixtures';
import { createEmmettHome, dropSchemas, ensurePgUrl } from './infra';
import { intakeReading, intakeSection, intakeTables } from './intake-report';
import { runIntakePhase } from './intake-phase';
import { bootConfigFromEnv, runBootPhase } from './boot/boot-phase';
import { BOOT_HEADING, bootSection } from './boot/boot-report';
import { integrityBench } from './integrity/verify-bench';
import { INTEGRITY_HEADING } from './integrity/integrity-report';
import { concurrencyBench } from './concurrency/concurrency-bench';
import { CONCURRENCY_HEADING } from './concurrency/concurrency-report';
import { END_TO_END_HEADING } from './end-to-end/e2e-report';
import { endToEndBench } from './end-to-end/end-to-end-bench';
import { npmStartScript } from './boot/cold-start';
import { readModelsBench } from './read-models/read-models-bench';
import { READ_MODELS_HEADING } from './read-models/rm-report';
import { hostInfo, machineInfo } from './machine';
import { URGENT_HEADING } from './urgent/urgent-report';
import { MONITORING_HEADING } from './monitoring/me-report';
import { monitoringBench } from './monitoring/monitoring-bench';
import { urgentBench } from './urgent/urgent-bench';
import { ourTarget } from './ours-target';
import { rawTarget } from './raw-target';
import { runRebuildPhase } from './rebuild-phase';
import { markdown, ratiosTable, resultsTable } from './report';
import { sectionOf, withSection } from './sections';
import { ACCESS_LOG_HEADING } from './access-log/access-log-report';
import { accessLogBench } from './access-log/access-log-bench';

/**
 * `npm run bench`: our event store against raw `pg` and emmett on one PostgreSQL server, then the
 * embedded platform's cold start and the other sectioned benches (SECTIONS), then BENCHMARKS.md.
 * `npm run bench -- <name> …` runs the ones named; a sectioned bench rewrites only its own section. Counts come from the
 * environment (see config.ts: BENCH_N, BENCH_ROUNDS, BENCH_SLICES, BENCH_BATCHES, BENCH_READS,
 * BENCH_REBUILD_EVENTS, BENCH_INTAKE_N, BENCH_OUTPUT, …; boot/boot-phase.ts: BENCH_BOOT_CASES,
 * BENCH_BOOT_RUNS, BENCH_BOOT_CACHE; concurrency/concurrency-config.ts: BENCH_CONCURRENCY_N, …; end-to-end/e2e-config.ts:
 * BENCH_E2E_RATE, BENCH_E2E_SECONDS, BENCH_E2E_READ_MODELS, …; read-models/rm-config.ts: BENCH_RM_CASES, BENCH_RM_QUERIES, …;
 * urgent/urgent-config.ts: BENCH_URGENT_N, BENCH_URGENT_RATE, BENCH_URGENT_MODES, …; access-log/access-log-bench.ts:
 * BENCH_ACCESS_LOG_READS, BENCH_ACCESS_LOG_WARMUP);
 * the server from HOMEWARD_PG_URL, or infra/start.sh when it is unset.
 */
const ROOT = path.resolve(__dirname, '../..');
const log = (line: string) => console.error(line);
/** Benches beside the store bench: each writes one section of BENCHMARKS.md under its heading. */
const SECTIONS: Record<string, { heading: string; run: () => Promise<string[]> }> = {
  boot: { heading: BOOT_HEADING, run: bootBench },
  integrity: { heading: INTEGRITY_HEADING, run: () => integrityBench(log) },
  concurrency: { heading: CONCURRENCY_HEADING, run: () => concurrencyBench(log) },
  'end-to-end': { heading: END_TO_END_HEADING, run: () => endToEndBench(log) },
  'read-models': { heading: READ_MODELS_HEADING, run: () => readModelsBench(log) },
  urgent: { heading: URGENT_HEADING, run: () => urgentBench(log) },
  monitoring: { heading: MONITORING_HEADING, run: () => monitoringBench(log) },
  'access-log': { heading: ACCESS_LOG_HEADING, run: () => accessLogBench(log) },
};
const BENCHES = ['store', ...Object.keys(SECTIONS)];

async function main(argv: string[]): Promise<void> {
  const unknown = argv.filter((a) => !BENCHES.includes(a));
  if (unknown.length) throw new Error(`unknown bench ${unknown.join(', ')}: choose among ${BENCHES.join(', ')} (none: all)`);
  const chosen = argv.length ? argv : BENCHES;
  const output = configFromEnv().output;
  const store = chosen.includes('store') ? await storeBench() : null;
  const sections: Array<[string, string[]]> = [];
  const failed: string[] = [];
  for (const name of Object.keys(SECTIONS).filter((n) => chosen.includes(n))) {
    // A bench that fails keeps its earlier section; the others' figures are still written.
    try {
      sections.push([SECTIONS[name].heading, await SECTIONS[name].run()]);
    } catch (error) {
      failed.push(name);
      log(`[bench] ${name} failed, its section of BENCHMARKS.md keeps its earlier figures: ${(error as Error).stack ?? String(error)}`);
    }
  }
  if (failed.length) process.exitCode = 1;
  if (!output) return;
  const file = path.resolve(ROOT, output);
  const previous = existsSync(file) ? readFileSync(file, 'utf8') : '';
  let document = store ?? (previous || '# Benchmarks\n');
  // A bench not run this time keeps the figures it had.
  for (const { heading } of Object.values(SECTIONS)) {
    const section = sections.find(([h]) => h === heading)?.[1] ?? sectionOf(previous, heading);
    if (section) document = withSection(document, heading, section);
  }
  writeFileSync(file, document);
  log(`[bench] wrote ${output}`);
}

/** Cold starts of `npm start`, empty and with cases on disk: printed, and the section of BENCHMARKS.md. */
async function bootBench(): Promise<string[]> {
  const at = new Date();
  const loadAtStart = os.loadavg()[0];
  const cfg = bootConfigFromEnv();
  log(`[bench] boot: ${cfg.runs} cold starts each: first on the machine, empty data directory, ${cfg.cases} cases on disk`);
  const result = await runBootPhase(cfg, log);
  const section = bootSection(result, hostInfo(), at, [loadAtStart, os.loadavg()[0]], npmStartScript());
  console.log(`\n${section.join('\n')}`);
  return section;
}

/** The event store against raw pg and emmett: printed, and BENCHMARKS.md without its embedded-start section. */
async function storeBench(): Promise<string> {
  const startedAt = new Date();
  const loadAtStart = os.loadavg()[0];
  const cfg = configFromEnv();
  const url = ensurePgUrl();
  const catalogue = catalogueOf([intakeContract]);
  if (!catalogue.has(BENCH_EVENT_TYPE)) throw new Error(`the catalogue no longer declares ${BENCH_EVENT_TYPE}: update tools/bench/fixtures.ts`);
  const machine = await machineInfo(url);
  const emmettVersion = packageVersion('@event-driven-io/emmett-postgresql');

  // Fresh names on every run: nothing from an earlier (or concurrent) run is ever met or reused.
  const prefix = `hwbench_${Date.now().toString(36)}${randomBytes(2).toString('hex')}`;
  const schemas = { ours: `${prefix}_ours`, pipeline: `${prefix}_pipeline`, adapter: `${prefix}_adapter`, raw: `${prefix}_raw`, rebuild: `${prefix}_rebuild`, intake: `${prefix}_intake`, diag: `${prefix}_diag`, keys: `${prefix}_keys` };
  const cleanups: Array<() => Promise<unknown>> = [() => dropSchemas(url, [...Object.values(schemas), `${schemas.diag}_raw`])];
  const entrants: Entrant[] = [];
  let emmettNote = '';
  let diagnostics: Diagnostics | null = null;
  try {
    const emmettHome = await createEmmettHome(url, `${prefix}_emmett`);
    emmettNote = emmettHome.note;
    cleanups.push(emmettHome.drop);
    // Every contender: its own table(s), a pool of exactly one connection, the same URL.
    entrants.push(
      { key: 'oc', mayFail: false, contender: localContender(OURS, ourTarget(await servicesStore(url, schemas.ours, schemas.keys, catalogue))) },
      { key: 'op', mayFail: false, contender: localContender(PIPELINE, ourTarget(new CataloguedEventStore(await PostgresEventStore.open(await pgExecutor(url, 1), schemas.pipeline), catalogue))) },
      { key: 'oa', mayFail: false, contender: localContender(ADAPTER, ourTarget(await PostgresEventStore.open(await pgExecutor(url, 1), schemas.adapter))) },
      { key: 'raw', mayFail: false, contender: localContender(RAW, await rawTarget(url, schemas.raw)) },
      { key: 'emmett', mayFail: true, contender: emmettContender(EMMETT, emmettHome.url) },
    );
    log(`[bench] ${prefix}: ${cfg.rounds} rounds × ${cfg.slices} slices; ${cfg.singles} single appends, ${cfg.batches}×${cfg.batchSize} batch, ${cfg.reads} reads of ${cfg.readLength}, rebuild of ${cfg.rebuildEvents} per round`);
    const appends = await runAppendPhase(entrants, cfg, log);
    await Promise.all(entrants.map((e) => e.contender.close().catch(() => undefined)));
    entrants.length = 0;
    const rebuild = await runRebuildPhase(url, schemas.rebuild, catalogue, cfg, log);
    log(`[bench] intake: ${cfg.intakeCommands} commands per contender per round on ${cfg.intakeLengths.join('/')}-event histories; mayReceive over ${cfg.consentSizes.join('/')} records`);
    const intake = await runIntakePhase(url, schemas.intake, catalogue, cfg, log);
    const consent = runConsentPhase(cfg, log);
    log('[bench] diagnostics');
    diagnostics = await diagnose(url, schemas.diag, catalogue, cfg.diagOps);

    const analysis = new Analysis(appends, rebuild, [OURS, PIPELINE, ADAPTER, RAW, EMMETT], `emmett-postgresql ${emmettVersion}`);
    const ratios = analysis.ratios();
    const report = {
      startedAt,
      durationS: (Date.now() - startedAt.getTime()) / 1000,
      machine,
      method: method(cfg, emmettVersion, emmettNote),
      rows: analysis.rows,
      ratios,
      diagnostics: analysis.diagnostics(diagnostics),
      limits: analysis.limits(ratios, diagnostics),
      load: [loadAtStart, os.loadavg()[0]] as [number, number],
      intake: intakeSection(cfg, intake, consent, diagnostics?.rttP50Ms),
    };
    console.log(`\n${resultsTable(report.rows)}\n\n${ratiosTable(ratios)}\n\n${intakeTables(intake, consent)}\n\n${intakeReading(intake, consent, diagnostics?.rttP50Ms)}\n`);
    console.log(`load average (1 min) start/end: ${report.load.map((l) => l.toFixed(2)).join(' / ')} on ${machine.cores} cores`);
    for (const l of report.limits) console.log(`- ${l}`);
    return markdown(report);
  } finally {
    await Promise.all(entrants.map((e) => e.contender.close().catch(() => undefined)));
    for (const c of cleanups) await c().catch((e: unknown) => log(`[bench] clean-up failed: ${(e as Error).message}`));
  }
}

/** The store as services run it: the catalogue over the sealing store (a key per person) over the adapter, on one connection. */
async function servicesStore(url: string, schema: string, keySchema: string, catalogue: EventCatalogue): Promise<EventStore> {
  const sql = await pgExecutor(url, 1);
  const keys = await PostgresKeyStore.open(sql, keySchema, MasterKey.parse(MasterKey.generate()), 'intake', { intake: ['personal', 'sensitive'] });
  return new CataloguedEventStore(new SealingEventStore(await PostgresEventStore.open(sql, schema), keys, catalogue), catalogue);
}

function method(cfg: ReturnType<typeof configFromEnv>, emmettVersion: string, emmettNote: string): string[] {
  return [
    'One process, one PostgreSQL server, every contender on a `pg` pool of exactly one connection, operations strictly sequential (latency-bound by design). Our adapter sends its append as a named (prepared) statement, once parsed and planned per connection; raw pg sends an unnamed INSERT, parsed and planned every time (a prepared INSERT is in the diagnostics).',
    `Contenders: **ours** = CataloguedEventStore (Ajv validation against the platform catalogue) over SealingEventStore (the personal part sealed with AES-256-GCM under a key per person, a new person's key stored by the append's own statement) over PostgresEventStore, one statement per append (stream head, version check, hash chain, insert); **ours, not sealed** = CataloguedEventStore over PostgresEventStore (the platform pipeline as issue 9 measured it, before sealing existed); **adapter only** = PostgresEventStore without the catalogue or sealing; **raw pg** = plain INSERT / multi-row INSERT / SELECT with \`pg\` into a table with the same columns and indexes (DDL cut from our schema script) but no trigger or function; **emmett** = @event-driven-io/emmett-postgresql ${emmettVersion} \`appendToStream\` with \`expectedStreamVersion\`, in a worker thread (its driver installs process-wide pg type parsers), in its ${emmettNote}.`,
    `Event: intake.ReturneeRegistered with a personal block (same data for everyone; emmett gets the envelope as metadata). Schemas/database are created fresh per run and dropped at the end (DROP SCHEMA … CASCADE: our events table refuses TRUNCATE/DELETE).`,
    `Per round and contender: ${cfg.singles} single appends to new streams (expected 0); ${cfg.singles} single appends round-robin over ${cfg.streams} existing streams (expected = current version); ${cfg.batches} appends of ${cfg.batchSize} events to new streams; ${cfg.reads} reads of a ${cfg.readLength}-event stream, every personal part read (our sealed store opens a part only when it is read, so a fold that reads few of them pays for few; this row is the whole case opened).`,
    `Rebuild: a log of ${cfg.rebuildEvents} events read whole by ProjectionRunner.rebuild (projection counting events per stream, InMemoryReadModelStore), by the store's readAll in pages of ${cfg.pageSize}, and by the same paged SELECT with \`pg\`.`,
    `Each contender is warmed up (a tenth of the work, or one full pass for the rebuild), then ${cfg.rounds} rounds run; each round is cut into ${cfg.slices} slices and the contenders take turns slice by slice, the first one rotating, so bursts of outside load hit all of them. Rebuild: ${cfg.rebuildRounds} passes per contender, alternating. Every figure is the median over rounds (passes) of that round's events/s, p50 and p99 (per operation: one append, one batch, one stream read, one page).`,
    'Diagnostics run last on one connection with `track_functions=pl` set for that session only; the server configuration is never changed.',
  ];
}

function packageVersion(name: string): string {
  try {
    return (JSON.parse(readFileSync(path.join(ROOT, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return '?';
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
