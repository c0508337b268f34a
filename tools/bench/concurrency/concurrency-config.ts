import { int, ints } from '../config';

export type SynchronousCommit = 'on' | 'off';

/** The concurrency bench's counts, all from the environment (defaults: about a minute on 2 cores). */
export interface ConcurrencyConfig {
  /** Single-event appends per contender per cell, warm-up not counted (BENCH_CONCURRENCY_N). */
  appends: number;
  /** Concurrent writers, each cell on a pool of as many connections (BENCH_CONCURRENCY_WRITERS). */
  writers: number[];
  /** The figures are medians over rounds; each round runs a third of `appends`, by default (BENCH_CONCURRENCY_ROUNDS). */
  rounds: number;
  /** Per round, the contenders take turns this many times (BENCH_CONCURRENCY_SLICES). */
  slices: number;
  /** How often the server is asked what each contender's connections are doing (BENCH_CONCURRENCY_SAMPLE_MS). */
  sampleMs: number;
  synchronousCommit: SynchronousCommit[];
}

export function concurrencyConfigFromEnv(): ConcurrencyConfig {
  return {
    appends: int('BENCH_CONCURRENCY_N', 3000),
    writers: ints('BENCH_CONCURRENCY_WRITERS', [1, 8, 32]),
    rounds: int('BENCH_CONCURRENCY_ROUNDS', 3),
    slices: int('BENCH_CONCURRENCY_SLICES', 3),
    sampleMs: int('BENCH_CONCURRENCY_SAMPLE_MS', 10),
    synchronousCommit: ['on', 'off'],
  };
}

/** `total` cut into `parts` counts that differ by at most one and add up to exactly `total`. */
export function split(total: number, parts: number): number[] {
  const n = Math.max(1, Math.min(parts, total));
  return Array.from({ length: n }, (_, k) => Math.floor(total / n) + (k < total % n ? 1 : 0));
}
