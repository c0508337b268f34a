import type { HostInfo } from '../machine';
import type { QueryFigures } from './query-phase';
import type { RebuildFigures, RebuildResult } from './rebuild-phase';
import type { ReadModelBenchConfig } from './rm-config';
import type { Seeding } from './seed';

export const READ_MODELS_HEADING = '## Read models at scale';
/** Issue 10, point 4: a rebuild replays the log at least this fast, and at least this share of the raw read of the same log. */
export const REBUILD_TARGETS = { eventsPerSec: 20_000, ofRaw: 0.5 } as const;

export type Verdict = 'PASS' | 'MISS' | 'info';

/** The key of the bare round trip, the floor under the other figures (queries.ts). */
export const ROUND_TRIP = 'round-trip';

/** A query with a target passes when its p99 is under it; one without is reported for information. */
export function queryVerdict(f: Pick<QueryFigures, 'p99Ms' | 'targetMs'>): Verdict {
  if (f.targetMs === null) return 'info';
  return f.p99Ms < f.targetMs ? 'PASS' : 'MISS';
}

/** A rebuild passes at the rate it reached (over the part replayed, when stopped at its budget) on both counts. */
export function rebuildVerdict(eventsPerSec: number, rawEventsPerSec: number): Verdict {
  return eventsPerSec >= REBUILD_TARGETS.eventsPerSec && eventsPerSec >= REBUILD_TARGETS.ofRaw * rawEventsPerSec ? 'PASS' : 'MISS';
}

/** An adapter's rebuild passes when every projection's does. */
export function adapterRebuildVerdict(figures: RebuildFigures[], rawEventsPerSec: number): Verdict {
  return figures.length > 0 && figures.every((f) => rebuildVerdict(f.eventsPerSec, rawEventsPerSec) === 'PASS') ? 'PASS' : 'MISS';
}

export interface AdapterRun {
  name: string;
  seeding: Seeding;
  queries: QueryFigures[];
  /** EXPLAIN ANALYZE of one call of each query, by query key (PostgreSQL only). */
  plans?: Map<string, string[]>;
}

export interface ReadModelReport {
  at: Date;
  durationS: number;
  host: HostInfo;
  load: [number, number];
  versions: { postgres: string; ferretdb: string };
  config: ReadModelBenchConfig;
  /** The adapter the targets are on first, then the one reported beside it. */
  adapters: [AdapterRun, AdapterRun];
  rebuild: RebuildResult;
}

const n = (v: number) => Math.round(v).toLocaleString('en-US');
export function ms(v: number): string {
  if (!Number.isFinite(v)) return 'n/a';
  if (v < 10) return `${v.toFixed(2)} ms`;
  if (v < 100) return `${v.toFixed(1)} ms`;
  return `${n(v)} ms`;
}
const ratio = (v: number) => `${v.toFixed(v < 0.01 ? 3 : 2)}×`;

/** The section of BENCHMARKS.md: self-contained, since `npm run bench -- read-models` rewrites it alone. */
export function readModelSection(r: ReadModelReport): string[] {
  const [main, beside] = r.adapters;
  const c = r.config;
  return [
    READ_MODELS_HEADING,
    '',
    `Measured on ${r.at.toISOString()} by \`npm run bench -- read-models\` (${Math.round(r.durationS)} s) on ${r.host.cpu}, ${r.host.cores} cores, RAM ${r.host.ramGiB} GiB, ${r.host.os}, Node ${r.host.node}; PostgreSQL ${r.versions.postgres}, FerretDB ${r.versions.ferretdb}; load average (1 min) ${r.load[0].toFixed(2)} at start, ${r.load[1].toFixed(2)} at end.`,
    '',
    ...method(r),
    '',
    `### Queries at ${n(main.seeding.cases)} cases (${main.name}) and ${n(beside.seeding.cases)} cases (${beside.name})`,
    '',
    `| Query (as the service issues it) | in scope | ${main.name} p50 | ${main.name} p99 | Target (p99, ${main.name}) | Result | ${beside.name} p50 | ${beside.name} p99 | ${beside.name} calls |`,
    '|---|---:|---:|---:|---:|---|---:|---:|---:|',
    ...main.queries.map((q) => {
      const b = beside.queries.find((x) => x.key === q.key);
      const scope = q.key === ROUND_TRIP ? '—' : b && b.inScope !== q.inScope ? `${n(q.inScope)} / ${n(b.inScope)}` : n(q.inScope);
      const target = q.targetMs === null ? '—' : `< ${q.targetMs} ms`;
      const besideCells = b ? [ms(b.p50Ms), ms(b.p99Ms), `${b.samples}${b.stoppedAtBudget ? ' (budget)' : ''}`] : ['n/a', 'n/a', '0'];
      return `| ${q.label} | ${scope} | ${ms(q.p50Ms)} | ${ms(q.p99Ms)} | ${target} | ${queryVerdict(q)} | ${besideCells.join(' | ')} |`;
    }),
    '',
    `${main.name}: ${callsOf(main.queries)} timed calls per query. "in scope": the page's total (the cases the caller may list), or the likely duplicates found; two figures when the adapters hold different numbers of cases.`,
    '',
    ...(main.plans?.size
      ? [`Plans on ${main.name} (EXPLAIN ANALYZE of one call after the timed ones; find, then count):`, '', ...[...main.plans].filter(([, p]) => p.length).map(([key, plans]) => `- ${key}: ${plans.join('; ')}`), '']
      : []),
    '### Seeding',
    '',
    '| Adapter | cases (of wanted) | documents | seconds | documents/s | written with | then |',
    '|---|---:|---:|---:|---:|---|---|',
    ...r.adapters.map(({ name, seeding: s }, i) =>
      `| ${name} | ${n(s.cases)} of ${n(s.wanted)}${s.stoppedAtBudget ? ` (stopped at the ${c.seedBudgetS} s budget)` : ''} | ${n(s.documents)} | ${s.seconds.toFixed(1)} | ${n(s.documents / s.seconds)} | ${i === 0 ? 'putMany' : 'insertMany'}, ${n(c.batch)} documents a call | ${s.settleS !== undefined && s.settleS > 0.05 ? `VACUUM ANALYZE, ${s.settleS.toFixed(1)} s` : '—'} |`,
    ),
    '',
    `### Rebuild: ${n(r.rebuild.events)} intake events through each intake projection`,
    '',
    `Raw read of the same log from the same store (paged SELECT of 1,000 with \`pg\`, as tools/bench/read-rate.ts): **${n(r.rebuild.rawEventsPerSec)} events/s** (median of ${r.rebuild.rawPasses}). Target per projection and adapter: ≥ ${n(REBUILD_TARGETS.eventsPerSec)} events/s and ≥ ${REBUILD_TARGETS.ofRaw}× the raw read.`,
    '',
    `| Projection | ${main.name} events/s | × raw | Result | ${beside.name} events/s | × raw | Result |`,
    '|---|---:|---:|---|---:|---:|---|',
    ...projectionsOf(r.rebuild).map((projection) => {
      const cells = [main.name, beside.name].flatMap((adapter) => {
        const f = r.rebuild.figures.find((x) => x.adapter === adapter && x.projection === projection);
        if (!f) return ['n/a', 'n/a', 'n/a'];
        const partial = f.partial ? ` (first ${n(f.partial.events)} events, then stopped at the ${c.rebuildBudgetS} s budget)` : '';
        return [`${n(f.eventsPerSec)}${partial}`, ratio(f.eventsPerSec / r.rebuild.rawEventsPerSec), rebuildVerdict(f.eventsPerSec, r.rebuild.rawEventsPerSec)];
      });
      return `| ${projection} | ${cells.join(' | ')} |`;
    }),
    `| **every projection** | | | **${adapterRebuildVerdict(r.rebuild.figures.filter((f) => f.adapter === main.name), r.rebuild.rawEventsPerSec)}** | | | **${adapterRebuildVerdict(r.rebuild.figures.filter((f) => f.adapter === beside.name), r.rebuild.rawEventsPerSec)}** |`,
    '',
    '### What limits a miss (measured in this run)',
    '',
    ...limits(r),
    '',
  ];
}

function method(r: ReadModelReport): string[] {
  const c = r.config;
  return [
    `- Data: ${n(c.cases)} cases of a multi-country deployment (tools/bench/read-models/population.ts: twenty corridors between twelve host countries and fourteen countries of origin, a case manager for about 100 cases, nine in ten consenting to assistance, a quarter transferred to the office at home and most taken on there, openings over three years, one person in 500 registered twice). Each case's commands go through intake's decider, the events are folded by the real projections (monitoring's case list, intake's caseload and returnee index) and the documents written in batches of ${n(c.batch)} per read model: with putMany on PostgreSQL, with the driver's insertMany on FerretDB (the documents exactly as the adapter stores them), where putMany would take hours (FerretDB v1 reads the whole collection for each conditional upsert of a new document: 0.4 s at 2,000 documents, 2 s at 10,000, measured while writing this bench). Indexes are declared first, as a service declares them at start (\`store.declare(collection, projection.indexes)\`). Then on PostgreSQL VACUUM ANALYZE of the three tables: what autovacuum has done to a table live for a while (pages marked all-visible, which lets a count answer from the index alone; statistics); a table just written, as after a rebuild, counts slower until autovacuum passes. FerretDB holds ${n(c.mongoCases)} cases (BENCH_RM_MONGO_CASES): its queries read the whole collection, so at ${n(c.cases)} their calls alone would outlast the rest of the bench.`,
    `- Adapters: libs/events' PostgresReadModelStore on a \`pg\` pool of 10 (as distributed mode opens it) in a schema of this run, and MongoReadModelStore (mongoose) on the MongoDB-wire server from infra/ (FerretDB v1, SQLite backend) in collections named for this run; both dropped at the end (on FerretDB collection by collection, never the database).`,
    `- Queries: the services' own query handlers (monitoring's ListCasesHandler, intake's CaseloadHandler, each sending its find and its count at once) and registration's findLikelyDuplicates, called in this process on the adapter, one at a time: no HTTP, no JSON encoding of the answer. The busiest country and office are the ones asked for; the case manager and the person checked change with every call. Per query: ${Math.ceil(c.queries / 10)} untimed calls, then up to ${c.queries} timed ones in 5 slices taken in turn, at most ${c.queryBudgetS} s each query and adapter (one timed call at least). Figures are nearest-rank percentiles of single calls.`,
    `- Rebuild: a fresh event-store schema holding ${n(r.rebuild.events)} events (${n(r.rebuild.events / c.rebuildLength)} intake cases of ${c.rebuildLength} events from tools/bench/intake-histories.ts: registration, consent, individual factors, counselling sessions); each of intake's five projections rebuilt with ProjectionRunner.rebuild (drop, then the log in pages of 1,000 through CataloguedEventStore) into each adapter, ${c.rebuildRounds} passes on ${r.adapters[0].name} (median), one on ${r.adapters[1].name}; a rebuild that runs past ${c.rebuildBudgetS} s is stopped at its next page and its rate taken over what it replayed. The raw read of the log runs before each round.`,
    '- Shared machine: other work ran beside this bench; the figures are indicative, the load averages above say how busy it was.',
  ];
}

function callsOf(queries: QueryFigures[]): string {
  const counts = queries.map((q) => q.samples);
  const [least, most] = [Math.min(...counts), Math.max(...counts)];
  return least === most ? `${most}` : `${least}–${most}`;
}

function projectionsOf(r: RebuildResult): string[] {
  return [...new Set(r.figures.map((f) => f.projection))];
}

function limits(r: ReadModelReport): string[] {
  const [main, beside] = r.adapters;
  const out: string[] = [];
  const floor = main.queries.find((q) => q.key === ROUND_TRIP);
  for (const q of main.queries.filter((x) => queryVerdict(x) === 'MISS')) {
    const plans = main.plans?.get(q.key);
    out.push(
      `- ${main.name}, ${q.label}: p99 ${ms(q.p99Ms)} against ${q.targetMs} ms (p50 ${ms(q.p50Ms)}${floor ? `; a bare round trip on the same pool: p50 ${ms(floor.p50Ms)}, p99 ${ms(floor.p99Ms)}` : ''}). Its find alone p99 ${ms(q.findP99Ms)}${q.countP99Ms === null ? '' : `, its count alone p99 ${ms(q.countP99Ms)}`}${plans?.length ? `; plans: ${plans.join('; ')}` : ''}.`,
    );
  }
  if (beside.queries.length) {
    const slowest = beside.queries.filter((q) => q.key !== ROUND_TRIP).sort((a, b) => b.p50Ms - a.p50Ms)[0];
    out.push(
      `- ${beside.name} (no target, as measured): slowest ${slowest.key} at p50 ${ms(slowest.p50Ms)} over ${n(beside.seeding.cases)} cases (find alone p99 ${ms(slowest.findP99Ms)}${slowest.countP99Ms === null ? '' : `, count alone p99 ${ms(slowest.countP99Ms)}`}). FerretDB v1 sorts and counts outside its indexes.`,
    );
  }
  for (const f of r.rebuild.figures.filter((x) => rebuildVerdict(x.eventsPerSec, r.rebuild.rawEventsPerSec) === 'MISS')) {
    const s = f.spent;
    out.push(
      `- Rebuild into ${f.adapter}, ${f.projection}: ${n(f.eventsPerSec)} events/s, ${ratio(f.eventsPerSec / r.rebuild.rawEventsPerSec)} the raw read. Of its last pass's ${s.seconds.toFixed(1)} s: ${s.readS.toFixed(1)} s reading its documents (getMany), ${s.writeS.toFixed(1)} s writing them (putMany, set, remove), the rest reading the log and evolving; this process's CPU ${s.cpuS.toFixed(1)} s.`,
    );
  }
  return out.length ? out : ['- Every target was met.'];
}
