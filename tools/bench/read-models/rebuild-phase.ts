import { Pool } from 'pg';
import { intakeProjections } from '../../../apps/intake/src/projections';
import type { Projection } from '../../../libs/events/src/projections/projection';
import { ProjectionRunner } from '../../../libs/events/src/projections/projection-runner';
import type { EventStore } from '../../../libs/events/src/store/event-store.port';
import { pgPoolConfig } from '../../../libs/events/src/store/postgres/drivers';
import { median } from '../stats';
import { rawPaging } from '../read-rate';
import type { BenchAdapter } from './adapters';
import { TimedStore } from './timed-store';

/** The page the runner reads the log in (projection-runner.ts's REBUILD_PAGE): the raw read uses the same. */
const PAGE = 1000;

export interface RebuildFigures {
  projection: string;
  adapter: string;
  /** Events of the log gone through per second (every event is read, whether the projection handles it or not). */
  eventsPerSec: number;
  passes: number;
  /** Stopped at the budget: the rate is over the part replayed. */
  partial: { events: number; seconds: number } | null;
  /** Where the last pass went: seconds in the read model's reads (getMany) and writes (putMany, set, remove), and this process's CPU. */
  spent: Spent;
}

export interface Spent {
  seconds: number;
  readS: number;
  writeS: number;
  cpuS: number;
}

export interface RebuildResult {
  events: number;
  /** The same log read whole by the runner's paged SELECT straight from `pg` (read-rate.ts), median events/s. */
  rawEventsPerSec: number;
  rawPasses: number;
  figures: RebuildFigures[];
}

class BudgetSpent extends Error {
  constructor(readonly position: number) {
    super('rebuild budget spent');
  }
}

/**
 * Every intake projection rebuilt from the log with ProjectionRunner.rebuild into each adapter, its indexes
 * declared first as a service declares them at start; between passes, the raw read of the same log from
 * the same store. PostgreSQL goes `rounds` times, a slow adapter once (its budget bounds each rebuild).
 */
export async function runRebuilds(
  url: string,
  schema: string,
  store: EventStore,
  events: number,
  adapters: Array<{ adapter: BenchAdapter; rounds: number }>,
  rounds: number,
  budgetS: number,
  log: (line: string) => void,
): Promise<RebuildResult> {
  const raw = new Pool(await pgPoolConfig(url, 1));
  const rawRates: number[] = [];
  const rates = new Map<string, { rates: number[]; partial: RebuildFigures['partial']; spent: Spent }>();
  try {
    await rawPaging(raw, schema, PAGE); // warm-up: the log into the cache
    for (const { adapter } of adapters) for (const p of intakeProjections) await adapter.readModels.declare(p.collection, p.indexes ?? []);
    for (let r = 0; r < rounds; r++) {
      const sample = await rawPaging(raw, schema, PAGE);
      if (sample.events !== events) throw new Error(`the raw read went through ${sample.events} events, the log holds ${events}`);
      rawRates.push(sample.events / (sample.elapsedMs / 1000));
      log(`  rebuild round ${r + 1}: raw read ${Math.round(rawRates[r])} events/s`);
      for (const { adapter, rounds: own } of adapters) {
        if (r >= own) continue;
        const timed = new TimedStore(adapter.readModels, ['getMany', 'putMany', 'set', 'remove']);
        const runner = new ProjectionRunner(store, timed.store, intakeProjections);
        for (const projection of intakeProjections) {
          timed.reset();
          const cpu0 = process.cpuUsage();
          const pass = await timedRebuild(runner, projection, events, budgetS);
          const cpu = process.cpuUsage(cpu0);
          const sum = (...methods: string[]) => methods.flatMap((m) => timed.ms(m)).reduce((a, b) => a + b, 0) / 1000;
          const key = `${adapter.name}\u0000${projection.name}`;
          const entry = rates.get(key) ?? { rates: [], partial: null, spent: { seconds: 0, readS: 0, writeS: 0, cpuS: 0 } };
          entry.rates.push(pass.events / pass.seconds);
          if (pass.events < events) entry.partial = pass;
          entry.spent = { seconds: pass.seconds, readS: sum('getMany'), writeS: sum('putMany', 'set', 'remove'), cpuS: (cpu.user + cpu.system) / 1e6 };
          rates.set(key, entry);
          log(`    ${adapter.name} ${projection.name}: ${Math.round(pass.events / pass.seconds)} events/s${pass.events < events ? ` (stopped at the budget after ${pass.events} events)` : ''}`);
        }
      }
    }
  } finally {
    await raw.end();
  }
  const figures = [...rates].map(([key, { rates: r, partial, spent }]) => {
    const [adapter, projection] = key.split('\u0000');
    return { adapter, projection, eventsPerSec: median(r), passes: r.length, partial, spent };
  });
  return { events, rawEventsPerSec: median(rawRates), rawPasses: rawRates.length, figures };
}

/** One rebuild, stopped at the first page past the budget (thrown from its progress callback). */
async function timedRebuild(runner: ProjectionRunner, projection: Projection, events: number, budgetS: number): Promise<{ events: number; seconds: number }> {
  const t0 = performance.now();
  try {
    await runner.rebuild(projection, (done) => {
      if ((performance.now() - t0) / 1000 > budgetS && done < events) throw new BudgetSpent(done);
    });
    return { events, seconds: (performance.now() - t0) / 1000 };
  } catch (error) {
    if (!(error instanceof BudgetSpent)) throw error;
    return { events: error.position, seconds: (performance.now() - t0) / 1000 };
  }
}
