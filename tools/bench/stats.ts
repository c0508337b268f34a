/** One timed run of a scenario: a latency per operation plus the wall time of the whole loop. */
export interface Sample {
  latenciesMs: number[];
  elapsedMs: number;
  /** Events written or read by the loop (an operation may carry many). */
  events: number;
  /** CPU of this Node process during the loop, in ms: how much of the cost is client-side. */
  cpuMs: number;
}

export interface Summary {
  eventsPerSec: number;
  p50Ms: number;
  p99Ms: number;
  cpuUsPerOp: number;
  rounds: number;
}

/**
 * Runs `op` sequentially `ops` times and times each call. Inputs are prepared by the
 * caller beforehand, so only the work of the contender itself is inside the clock.
 */
export async function timeOps(ops: number, eventsPerOp: number, op: (i: number) => Promise<unknown>): Promise<Sample> {
  const latenciesMs = new Array<number>(ops);
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  for (let i = 0; i < ops; i++) {
    const s = performance.now();
    await op(i);
    latenciesMs[i] = performance.now() - s;
  }
  const elapsedMs = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  return { latenciesMs, elapsedMs, events: ops * eventsPerOp, cpuMs: (cpu.user + cpu.system) / 1000 };
}

/** Nearest-rank percentile. */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank];
}

export function median(values: number[]): number {
  return percentile(values, 50);
}

/**
 * Each figure is computed per round, then the median over rounds is kept: one round
 * disturbed by the machine (checkpoint, autovacuum) cannot drag a contender's result.
 */
export function summarize(samples: Sample[]): Summary {
  const perRound = samples.map((s) => ({
    eventsPerSec: s.events / (s.elapsedMs / 1000),
    p50Ms: percentile(s.latenciesMs, 50),
    p99Ms: percentile(s.latenciesMs, 99),
    cpuUsPerOp: (s.cpuMs * 1000) / s.latenciesMs.length,
  }));
  const med = (pick: (r: (typeof perRound)[number]) => number) => median(perRound.map(pick));
  return {
    eventsPerSec: med((r) => r.eventsPerSec),
    p50Ms: med((r) => r.p50Ms),
    p99Ms: med((r) => r.p99Ms),
    cpuUsPerOp: med((r) => r.cpuUsPerOp),
    rounds: samples.length,
  };
}

/** Slices of one round, run at different moments, counted as one sample. */
export function mergeSamples(parts: Sample[]): Sample {
  return {
    latenciesMs: parts.flatMap((p) => p.latenciesMs),
    elapsedMs: parts.reduce((n, p) => n + p.elapsedMs, 0),
    events: parts.reduce((n, p) => n + p.events, 0),
    cpuMs: parts.reduce((n, p) => n + p.cpuMs, 0),
  };
}
