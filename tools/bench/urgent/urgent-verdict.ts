import type { UrgentLatency } from './urgent-latency';

/** Issue 13's targets: embedded, p99 under this many ms; distributed, p99 at most this many times the bare kafkajs p99 of the same run. */
export const EMBEDDED_P99_MS = 1000;
export const KAFKAJS_RATIO = 3;

export interface UrgentVerdict {
  /** The p99 the target allows in this run (NaN when the kafkajs reference is missing). */
  allowedMs: number;
  /** Distributed: the p99 over the kafkajs p99. */
  ratio?: number;
  pass: boolean;
}

/**
 * PASS when the p99 is within the target and every need recorded reached the inbox: a referral
 * that never showed within the drain is a latency the percentile cannot see, and a need intake
 * refused means the pace was not held; either is a MISS whatever the p99 says.
 */
export function urgentVerdict(toInbox: UrgentLatency, lost: { unseen: number; failed: number }, kafkajs?: UrgentLatency): UrgentVerdict {
  const complete = lost.unseen === 0 && lost.failed === 0 && toInbox.count > 0;
  if (!kafkajs) return { allowedMs: EMBEDDED_P99_MS, pass: complete && toInbox.p99 < EMBEDDED_P99_MS };
  const allowedMs = KAFKAJS_RATIO * kafkajs.p99;
  const ratio = toInbox.p99 / kafkajs.p99;
  return { allowedMs, ratio, pass: complete && Number.isFinite(ratio) && toInbox.p99 <= allowedMs };
}
