import { percentile } from '../stats';

/** One latency distribution as the section reports it, in milliseconds. */
export interface Latency {
  count: number;
  p50: number;
  p99: number;
  max: number;
}

/** Nearest-rank percentiles (as every other bench here): NaN for an empty sample, which the table shows as n/a. */
export function latencyOf(valuesMs: number[]): Latency {
  return {
    count: valuesMs.length,
    p50: percentile(valuesMs, 50),
    p99: percentile(valuesMs, 99),
    max: valuesMs.length ? valuesMs.reduce((a, b) => Math.max(a, b), -Infinity) : NaN,
  };
}
