import { percentile } from '../stats';
import type { MeasuredQuery } from './queries';
import type { TimedStore } from './timed-store';

export interface QueryFigures {
  key: string;
  label: string;
  targetMs: number | null;
  samples: number;
  p50Ms: number;
  p99Ms: number;
  /** The same calls' find and count alone (a page sends both at once; the duplicate check only finds). */
  findP99Ms: number;
  countP99Ms: number | null;
  /** Documents in the caller's scope (a page's total; the duplicates found). */
  inScope: number;
  /** Fewer calls than asked: the query's time budget ran out first. */
  stoppedAtBudget: boolean;
}

const SLICES = 5;

/**
 * Times each query one call at a time, in slices taken in turn (so a burst of outside load falls on
 * all of them), after untimed calls that warm the caches. A query stops once its budget is spent, after one
 * timed call at least: on FerretDB one call can take longer than the budget.
 */
export async function timeQueries(queries: MeasuredQuery[], reads: TimedStore, calls: number, budgetS: number, log: (line: string) => void): Promise<QueryFigures[]> {
  const sliceBudgetMs = (budgetS * 1000) / SLICES;
  const perSlice = Math.ceil(calls / SLICES);
  const state = queries.map((q) => ({ q, latencies: [] as number[], find: [] as number[], count: [] as number[], inScope: 0, spentMs: 0, spent: false }));
  for (const s of state) {
    const t0 = performance.now();
    for (let i = 0; i < Math.ceil(calls / 10) && (i === 0 || performance.now() - t0 < sliceBudgetMs); i++) await s.q.run(i);
  }
  for (let slice = 0; slice < SLICES; slice++) {
    for (const s of state) {
      reads.reset();
      const t0 = performance.now();
      for (let n = 0; n < perSlice && s.latencies.length < calls; n++) {
        // Out of time: this slice's share, or the whole budget once a call has been timed.
        if ((n > 0 && performance.now() - t0 > sliceBudgetMs) || (s.latencies.length > 0 && s.spentMs > budgetS * 1000)) {
          s.spent = true;
          break;
        }
        const i = s.latencies.length;
        const c0 = performance.now();
        s.inScope = (await s.q.run(i)).inScope;
        s.latencies.push(performance.now() - c0);
        s.spentMs += performance.now() - c0;
      }
      s.find.push(...reads.ms('find'));
      s.count.push(...reads.ms('count'));
    }
    log(`  slice ${slice + 1}/${SLICES}: ${state.map((s) => `${s.q.key} p99 ${percentile(s.latencies, 99).toFixed(1)} ms (${s.latencies.length})`).join(', ')}`);
  }
  return state.map(({ q, latencies, find, count, inScope, spent }) => ({
    key: q.key,
    label: q.label,
    targetMs: q.targetMs,
    samples: latencies.length,
    p50Ms: percentile(latencies, 50),
    p99Ms: percentile(latencies, 99),
    findP99Ms: percentile(find, 99),
    countP99Ms: count.length ? percentile(count, 99) : null,
    inScope,
    stoppedAtBudget: spent && latencies.length < calls,
  }));
}
