import { percentile } from '../stats';

/** One latency distribution as the urgent section reports it, ms (nearest rank; NaN for an empty sample). */
export interface UrgentLatency {
  count: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

export function latencyOf(valuesMs: number[]): UrgentLatency {
  return {
    count: valuesMs.length,
    p50: percentile(valuesMs, 50),
    p95: percentile(valuesMs, 95),
    p99: percentile(valuesMs, 99),
    max: valuesMs.length ? valuesMs.reduce((a, b) => Math.max(a, b), -Infinity) : NaN,
  };
}
