/** Every count is an environment variable, so a quick smoke run and a long careful run use the same code. */
export interface BenchConfig {
  /** Single-event appends per contender per round (BENCH_N). */
  singles: number;
  rounds: number;
  /**
   * Each round is cut into this many slices, contenders alternating slice by slice, so a
   * burst of outside load lasting a few seconds lands on all of them rather than on one.
   */
  slices: number;
  /** Streams appended to round-robin in the existing-stream scenario. */
  streams: number;
  batches: number;
  batchSize: number;
  reads: number;
  readLength: number;
  rebuildEvents: number;
  /** Full passes over the log per rebuild contender (each pass is one sample). */
  rebuildRounds: number;
  pageSize: number;
  diagOps: number;
  /** History lengths (events per case) the intake command is timed on. */
  intakeLengths: number[];
  /** Intake commands per contender per round, at each history length (BENCH_INTAKE_N). */
  intakeCommands: number;
  /** Consent registers (records) mayReceive is timed over. */
  consentSizes: number[];
  /** Length of one in-process timing sample, in ms. */
  consentSampleMs: number;
  /** Where the markdown report goes; '' skips it. */
  output: string;
}

/** A positive integer from the environment, `fallback` when unset; anything else stops the bench. */
export function int(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name} must be a positive integer, got ${raw}`);
  return n;
}

export function ints(name: string, fallback: number[]): number[] {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  return raw.split(',').map((part, i) => {
    const n = Number(part.trim());
    if (!Number.isInteger(n) || n < 1) throw new Error(`${name} must be positive integers separated by commas, got ${raw} (item ${i + 1})`);
    return n;
  });
}

export function configFromEnv(): BenchConfig {
  return {
    singles: int('BENCH_N', 3000),
    rounds: int('BENCH_ROUNDS', 3),
    slices: int('BENCH_SLICES', 5),
    streams: int('BENCH_STREAMS', 100),
    batches: int('BENCH_BATCHES', 100),
    batchSize: int('BENCH_BATCH_SIZE', 100),
    reads: int('BENCH_READS', 50),
    readLength: int('BENCH_READ_LENGTH', 1000),
    rebuildEvents: int('BENCH_REBUILD_EVENTS', 30000),
    rebuildRounds: int('BENCH_REBUILD_ROUNDS', 5),
    pageSize: int('BENCH_PAGE_SIZE', 1000),
    diagOps: int('BENCH_DIAG_N', 1000),
    intakeLengths: ints('BENCH_INTAKE_LENGTHS', [10, 100, 1000]),
    intakeCommands: int('BENCH_INTAKE_N', 400),
    consentSizes: ints('BENCH_CONSENT_SIZES', [3, 30, 300]),
    consentSampleMs: int('BENCH_CONSENT_MS', 200),
    output: process.env.BENCH_OUTPUT ?? 'BENCHMARKS.md',
  };
}

/** Round r starts with a different contender, so none is always first (cold) or last (table largest). */
export function rotate<T>(items: T[], by: number): T[] {
  const k = by % items.length;
  return [...items.slice(k), ...items.slice(0, k)];
}
