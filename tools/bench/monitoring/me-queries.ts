import { performance } from 'node:perf_hooks';
import { MeAggregates, type AggregateQuery } from '../../../apps/monitoring/src/me-aggregates/me-aggregates.query';
import type { ReadModelStore } from '../../../libs/events/src/readmodel/read-model-store.port';
import type { Infrastructure, Principal } from '@homeward/platform';
import { percentile } from '../stats';
import { BUSIEST } from './me-population';

export interface QueryFigure {
  name: string;
  rows: number;
  calls: number;
  p50Ms: number;
  p99Ms: number;
}

const officer: Principal = { userId: 'me-sn', role: 'me_officer', countries: [BUSIEST] };
const analyst: Principal = { userId: 'da-1', role: 'data_analyst', countries: ['*'] };

/** Each indicator as the controller asks it, for the busiest country's M&E officer and for a data analyst of every country. */
export const ME_QUERIES: Array<{ name: string; run: (a: MeAggregates) => Promise<{ rows: unknown[] }> }> = [
  ...(
    [
      ['caseload', (a: MeAggregates, q: AggregateQuery) => a.caseload(q)],
      ['overdue follow-ups', (a: MeAggregates, q: AggregateQuery) => a.overdueFollowUps(q)],
      ['RSS averages', (a: MeAggregates, q: AggregateQuery) => a.rssAverages(q)],
      ['plans within the deadline', (a: MeAggregates, q: AggregateQuery) => a.planDeadline(q)],
      ['time to approved plan', (a: MeAggregates, q: AggregateQuery) => a.timeToPlan(q)],
      ['unmet needs', (a: MeAggregates, q: AggregateQuery) => a.unmetNeeds(q)],
    ] as const
  ).flatMap(([name, run]) => [
    { name: `${name}, M&E officer of ${BUSIEST}`, run: (a: MeAggregates) => run(a, { principal: officer }) },
    { name: `${name}, data analyst of every country`, run: (a: MeAggregates) => run(a, { principal: analyst }) },
  ]),
];

/** Each query: a tenth of `calls` untimed, then up to `calls` timed, one at a time, at most `budgetS` seconds (3 calls at least). */
export async function timeQueries(readModels: ReadModelStore, calls: number, budgetS: number): Promise<QueryFigure[]> {
  const aggregates = new MeAggregates({ readModels } as unknown as Infrastructure);
  const figures: QueryFigure[] = [];
  for (const query of ME_QUERIES) {
    let rows = 0;
    for (let i = 0; i < Math.max(1, Math.floor(calls / 10)); i++) rows = (await query.run(aggregates)).rows.length;
    const times: number[] = [];
    const deadline = Date.now() + budgetS * 1000;
    while (times.length < calls && (times.length < 3 || Date.now() < deadline)) {
      const t0 = performance.now();
      await query.run(aggregates);
      times.push(performance.now() - t0);
    }
    figures.push({ name: query.name, rows, calls: times.length, p50Ms: percentile(times, 50), p99Ms: percentile(times, 99) });
  }
  return figures;
}
