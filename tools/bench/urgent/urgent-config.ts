export type UrgentMode = 'embedded' | 'distributed';

export interface UrgentConfig {
  /** Urgent needs measured per mode (BENCH_URGENT_N). */
  needs: number;
  /** Urgent needs before them, at the same pace, not counted: connections, JIT, the first rebalance (BENCH_URGENT_WARMUP). */
  warmup: number;
  /**
   * Urgent needs recorded per second, in an open loop (BENCH_URGENT_RATE). Life-threatening findings are
   * rare: the pace is one the platform should absorb, so the figure is a latency, not a queue.
   */
  rate: number;
  /** How often the provider's inbox is asked for the referrals not seen yet (BENCH_URGENT_POLL_MS). */
  pollMs: number;
  /** How long to wait after the last need for the referrals still on their way (BENCH_URGENT_DRAIN_S). */
  drainSeconds: number;
  /** One run per mode, in order (BENCH_URGENT_MODES, comma-separated). */
  modes: UrgentMode[];
}

export function urgentConfigFromEnv(env: NodeJS.ProcessEnv = process.env): UrgentConfig {
  const modes = (env.BENCH_URGENT_MODES ?? 'embedded,distributed').split(',').map((s) => s.trim()).filter(Boolean);
  for (const m of modes) if (m !== 'embedded' && m !== 'distributed') throw new Error(`BENCH_URGENT_MODES: embedded or distributed, comma-separated (got "${m}")`);
  return {
    needs: whole(env, 'BENCH_URGENT_N', 200),
    warmup: whole(env, 'BENCH_URGENT_WARMUP', 20),
    rate: whole(env, 'BENCH_URGENT_RATE', 2),
    pollMs: whole(env, 'BENCH_URGENT_POLL_MS', 5),
    drainSeconds: whole(env, 'BENCH_URGENT_DRAIN_S', 20),
    modes: modes as UrgentMode[],
  };
}

function whole(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const text = env[name];
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  if (!(value > 0)) throw new Error(`${name} must be a positive number (got "${text}")`);
  return value;
}
