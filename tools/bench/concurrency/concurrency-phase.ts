import { rotate } from '../config';
import { benchEvents } from '../fixtures';
import { mergeSamples, summarize, type Sample, type Summary } from '../stats';
import { split, type ConcurrencyConfig, type SynchronousCommit } from './concurrency-config';
import { timeConcurrent } from './concurrent-ops';
import { measureCpu, noCpuUse, type CpuUse } from './cpu-meter';
import { CONTENDERS, openCell, type CellContender, type ContenderKey, type Schemas } from './contenders';
import type { WaitSampler, WaitTally } from './wait-sampler';

export interface ContenderResult {
  summary: Summary;
  /** What its connections were doing, sampled over every timed slice. */
  waits: WaitTally;
  /** CPU used over every timed slice, server and client, and appends they made. */
  cpu: CpuUse;
  appends: number;
}

export interface CellResult {
  writers: number;
  synchronousCommit: SynchronousCommit;
  results: Record<ContenderKey, ContenderResult>;
}

/** Every cell (synchronous_commit × writers), one after the other, each on pools of its own. */
export async function runConcurrencyPhase(url: string, schemas: Schemas, prefix: string, cfg: ConcurrencyConfig, sampler: WaitSampler, log: (line: string) => void): Promise<CellResult[]> {
  const cells: CellResult[] = [];
  for (const synchronousCommit of cfg.synchronousCommit) {
    for (const writers of cfg.writers) {
      const contenders = await openCell(url, schemas, prefix, writers, synchronousCommit);
      try {
        cells.push({ writers, synchronousCommit, results: await runCell(contenders, writers, synchronousCommit, cfg, sampler, log) });
      } finally {
        await Promise.all(contenders.map((c) => c.target.close().catch(() => undefined)));
      }
    }
  }
  return cells;
}

/**
 * Each contender is warmed up (every connection opened, the append prepared on it), then `rounds`
 * rounds, each cut into slices the contenders take in turn, the first one rotating, so outside load
 * lands on all of them. The waits and the CPU are measured over the timed slices only.
 */
async function runCell(contenders: CellContender[], writers: number, sync: SynchronousCommit, cfg: ConcurrencyConfig, sampler: WaitSampler, log: (line: string) => void): Promise<Record<ContenderKey, ContenderResult>> {
  const name = `${writers} writer${writers > 1 ? 's' : ''}, synchronous_commit ${sync}`;
  const tag = (c: CellContender, part: string) => `${c.key}-w${writers}-${sync}-${part}`;
  for (const c of contenders) await appends(c, tag(c, 'warm'), Math.max(2 * writers, Math.ceil(cfg.appends / 10)), writers);
  const rounds = new Map<ContenderKey, Sample[]>(CONTENDERS.map((k) => [k, []]));
  const waits = new Map<ContenderKey, WaitTally>(CONTENDERS.map((k) => [k, new Map()]));
  const cpu = new Map<ContenderKey, CpuUse>(CONTENDERS.map((k) => [k, noCpuUse()]));
  // After the warm-up every connection is open, and the pool keeps them: these are all the backends.
  const pids = new Map<ContenderKey, number[]>();
  for (const c of contenders) {
    pids.set(c.key, await sampler.backendPids(c.applicationName));
    if (pids.get(c.key)!.length !== writers) log(`  ${name}: ${c.key} has ${pids.get(c.key)!.length} connections, not ${writers}`);
  }
  const perRound = split(cfg.appends, cfg.rounds);
  for (let r = 0; r < perRound.length; r++) {
    const parts = new Map<ContenderKey, Sample[]>(CONTENDERS.map((k) => [k, []]));
    const slices = split(perRound[r], cfg.slices);
    for (let s = 0; s < slices.length; s++) {
      for (const c of rotate(contenders, r * slices.length + s)) {
        const stopSampling = sampler.start(c.applicationName, waits.get(c.key)!);
        const stopMeasuring = measureCpu(pids.get(c.key)!, cpu.get(c.key)!);
        try {
          parts.get(c.key)!.push(await appends(c, tag(c, `r${r}s${s}`), slices[s], writers));
        } finally {
          stopMeasuring();
          await stopSampling();
        }
      }
    }
    for (const c of contenders) {
      const round = mergeSamples(parts.get(c.key)!);
      rounds.get(c.key)!.push(round);
      log(`  ${name}, round ${r + 1}, ${c.key}: ${Math.round(round.events / (round.elapsedMs / 1000))} events/s`);
    }
  }
  return Object.fromEntries(CONTENDERS.map((k) => [k, { summary: summarize(rounds.get(k)!), waits: waits.get(k)!, cpu: cpu.get(k)!, appends: cfg.appends }])) as Record<ContenderKey, ContenderResult>;
}

/** `ops` single-event appends to new streams (expected version 0), the events made before the clock starts. */
function appends(c: CellContender, tag: string, ops: number, writers: number): Promise<Sample> {
  const events = benchEvents(ops);
  return timeConcurrent(ops, writers, (i) => c.target.append(`${tag}-${i}`, [events[i]], 0));
}
