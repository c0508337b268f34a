export type ReadModelChoice = 'postgres' | 'mongo';

export interface EndToEndConfig {
  /** Registrations per second, spread evenly over both intake instances (BENCH_E2E_RATE). */
  rate: number;
  /** The measured window, in seconds (BENCH_E2E_SECONDS). */
  seconds: number;
  /** Seconds at the same rate before it, not counted: connections, JIT, topics, first rebalance (BENCH_E2E_WARMUP_S). */
  warmupSeconds: number;
  /** How long to wait after the last registration for the cases still on their way (BENCH_E2E_DRAIN_S). */
  drainSeconds: number;
  /** One run per choice, in order (BENCH_E2E_READ_MODELS, comma-separated). */
  readModels: ReadModelChoice[];
  /** How often monitoring's case list is asked for the cases not seen yet (BENCH_E2E_POLL_MS). */
  pollMs: number;
  /** Requests in flight beyond which the generator waits (BENCH_E2E_MAX_IN_FLIGHT): a bound, not a target. */
  maxInFlight: number;
}

export function endToEndConfigFromEnv(env: NodeJS.ProcessEnv = process.env): EndToEndConfig {
  const readModels = (env.BENCH_E2E_READ_MODELS ?? 'postgres').split(',').map((s) => s.trim()).filter(Boolean);
  for (const r of readModels) if (r !== 'postgres' && r !== 'mongo') throw new Error(`BENCH_E2E_READ_MODELS: postgres or mongo, comma-separated (got "${r}")`);
  return {
    rate: positive(env, 'BENCH_E2E_RATE', 50),
    seconds: positive(env, 'BENCH_E2E_SECONDS', 60),
    warmupSeconds: positive(env, 'BENCH_E2E_WARMUP_S', 5),
    drainSeconds: positive(env, 'BENCH_E2E_DRAIN_S', 30),
    readModels: readModels as ReadModelChoice[],
    pollMs: positive(env, 'BENCH_E2E_POLL_MS', 10),
    maxInFlight: positive(env, 'BENCH_E2E_MAX_IN_FLIGHT', 500),
  };
}

function positive(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const text = env[name];
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  if (!(value > 0)) throw new Error(`${name} must be a positive number (got "${text}")`);
  return value;
}
