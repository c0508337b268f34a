import type { Latency } from './latency';

/** Issue 10, point 5: the end-to-end p99 is at most this many times the bare kafkajs round-trip p99 of the same run. */
export const TARGET_RATIO = 3;

export interface Verdict {
  /** End-to-end p99 over kafkajs p99. */
  ratio: number;
  /** The end-to-end p99 the target allows in this run. */
  allowedMs: number;
  pass: boolean;
}

/**
 * PASS when the p99 is within the ratio, every registration was answered 201 and every one showed: a
 * registration refused or timed out means the rate was not sustained, and a case that never reached
 * the list within the drain is a latency the percentile cannot see; either is a MISS whatever the p99 says.
 */
export function verdictOf(endToEnd: Latency, kafkajs: Latency, lost: { unseen: number; failed: number }): Verdict {
  const ratio = endToEnd.p99 / kafkajs.p99;
  const allowedMs = TARGET_RATIO * kafkajs.p99;
  const complete = lost.unseen === 0 && lost.failed === 0 && endToEnd.count > 0;
  return { ratio, allowedMs, pass: Number.isFinite(ratio) && complete && endToEnd.p99 <= allowedMs };
}

export interface Stage {
  name: string;
  latency: Latency;
}

/** The stage with the highest p99: where a miss is to be looked for first. */
export function slowestStage(stages: Stage[]): Stage | undefined {
  return stages.filter((s) => Number.isFinite(s.latency.p99)).reduce<Stage | undefined>((worst, s) => (!worst || s.latency.p99 > worst.latency.p99 ? s : worst), undefined);
}
