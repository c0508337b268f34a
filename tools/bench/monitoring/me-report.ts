import type { HostInfo } from '../machine';
import type { QueryFigure } from './me-queries';
import type { SeedResult } from './me-seed';
import type { SchedulerFigure } from './scheduler-phase';

export const MONITORING_HEADING = '## Monitoring: M&E aggregates and the deadline runner';

const ms = (v: number) => (v < 10 ? v.toFixed(2) : v.toFixed(1));
const n = (v: number) => v.toLocaleString('en-US');

export interface MonitoringBenchResult {
  at: Date;
  seconds: number;
  host: HostInfo;
  versions: { postgres: string; ferretdb: string };
  load: [number, number];
  pg: { seed: SeedResult; queries: QueryFigure[] };
  mongo: { seed: { documents: number; seconds: number; overdueCases: number }; queries: QueryFigure[] } | null;
  scheduler: SchedulerFigure;
  targets: { queryP99Ms: number; emitSeconds: number; alerts: number };
}

export function monitoringSection(r: MonitoringBenchResult): string[] {
  const ferret = new Map(r.mongo?.queries.map((q) => [q.name, q]) ?? []);
  const worstPg = Math.max(...r.pg.queries.map((q) => q.p99Ms));
  const s = r.scheduler;
  return [
    MONITORING_HEADING,
    '',
    `Measured on ${r.at.toISOString()} by \`npm run bench -- monitoring\` (${r.seconds.toFixed(0)} s) on ${r.host.cpu}, ${r.host.cores} cores, RAM ${r.host.ramGiB} GiB, ${r.host.os}, Node ${r.host.node}; PostgreSQL ${r.versions.postgres}, FerretDB ${r.versions.ferretdb}; load average (1 min) ${r.load[0].toFixed(2)} at start, ${r.load[1].toFixed(2)} at end.`,
    '',
    `- Data: ${n(r.pg.seed.cases)} cases and ${n(r.pg.seed.events)} events of the kinds monitoring's M&E projections read (tools/bench/monitoring/me-population.ts: ten per case; plans due a month after arrival, nine in ten approved 5 to 60 days after it, the two reports scheduled, four quarterly RSS surveys, a follow-up raised overdue, closures, derogations and unmet needs; fourteen countries, Senegal a fifth of the cases; arrivals over three years).`,
    `- Seeding: the events go straight through the projections as the live runner applies them (ProjectionPages.apply, pages of 5,000: the page's documents read in one query, evolved by the real projections, written with one putMany), not through an event store: ${r.pg.seed.seconds.toFixed(0)} s on PostgreSQL. Documents kept: ${Object.entries(r.pg.seed.documents).map(([c, d]) => `${c} ${n(d)}`).join(', ')}. The aggregates are a few documents per country (counts, sums, histograms); the overdue counts read the per-follow-up overdue list through its (country, kind) index. Then VACUUM ANALYZE, as autovacuum would have by now.`,
    r.mongo
      ? `- FerretDB: the same aggregate documents copied from PostgreSQL with insertMany (as stored by the adapter), and the overdue list of the first ${n(r.mongo.seed.overdueCases)} cases only (FerretDB v1 counts outside its indexes: at 100,000 the overdue counts alone would outlast the bench): ${n(r.mongo.seed.documents)} documents in ${r.mongo.seed.seconds.toFixed(0)} s. The overdue figures there count a tenth of the follow-ups; the others read the same documents as PostgreSQL.`
      : '- FerretDB: not measured (HOMEWARD_MONGO_URL unset).',
    '- Queries: monitoring\'s MeAggregates (what GET /aggregates/* runs, before JSON or CSV encoding), on the service\'s adapters (PostgresReadModelStore on a pool of 10, MongoReadModelStore), in this process, one call at a time: a tenth untimed, then up to 200 timed, at most 15 s per query. Nearest-rank percentiles.',
    '',
    '| Query | rows | PostgreSQL p50 | PostgreSQL p99 | Target (p99, PostgreSQL) | Result | FerretDB p50 | FerretDB p99 | FerretDB calls |',
    '|---|---:|---:|---:|---:|---|---:|---:|---:|',
    ...r.pg.queries.map((q) => {
      const f = ferret.get(q.name);
      return `| ${q.name} | ${n(q.rows)} | ${ms(q.p50Ms)} ms | ${ms(q.p99Ms)} ms | < ${r.targets.queryP99Ms} ms | ${q.p99Ms < r.targets.queryP99Ms ? 'PASS' : 'MISS'} | ${f ? `${ms(f.p50Ms)} ms` : '—'} | ${f ? `${ms(f.p99Ms)} ms` : '—'} | ${f ? f.calls : '—'} |`;
    }),
    '',
    `Slowest PostgreSQL p99: ${ms(worstPg)} ms (${worstPg < r.targets.queryP99Ms ? 'every query under' : 'over'} the ${r.targets.queryP99Ms} ms target).`,
    '',
    '### The deadline runner after a clock jump',
    '',
    `- Monitoring embedded on PGlite (one process, as \`npm start\` runs it) on a clock the bench moves. ${n(s.cases)} approved plans noted through the service's command handler, four at a time (${s.seedSeconds.toFixed(0)} s, projections caught up; each case's schedule has its baseline survey due on the day of approval). The clock then jumps two days; timed from the jump until the store holds a FollowUpOverdue for every case, the runner raising each through the real command handler (read the case's stream, decide, append): fireDue called until then (the runner's own timer may take passes too).`,
    '',
    '| Figure | Measured | Target | Result |',
    '|---|---:|---:|---|',
    `| due alerts emitted after the jump (FollowUpOverdue appended) | ${n(s.emitted)} in ${s.emitSeconds.toFixed(2)} s (${n(Math.round(s.emitted / s.emitSeconds))}/s) | ${n(r.targets.alerts)} in < ${r.targets.emitSeconds} s | ${s.emitted >= r.targets.alerts && s.emitSeconds < r.targets.emitSeconds ? 'PASS' : 'MISS'} |`,
    `| … and listed as overdue (the alert list's projection caught up) | ${n(s.listed)} in ${s.listedSeconds.toFixed(2)} s | — | info |`,
    `| a second pass at the same time (nothing to raise again) | ${n(s.repeated)} more | 0 | ${s.repeated === 0 ? 'PASS' : 'MISS'} |`,
    '',
    '- Shared machine: other work ran beside this bench; the load averages above say how busy it was.',
    '',
  ];
}
