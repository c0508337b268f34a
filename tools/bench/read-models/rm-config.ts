/** The counts of `npm run bench -- read-models`, each from the environment, so a smoke run and the full one share the code. */
export interface ReadModelBenchConfig {
  /** Cases seeded into each read model on PostgreSQL (BENCH_RM_CASES). */
  cases: number;
  /**
   * Cases on the MongoDB-wire server (BENCH_RM_MONGO_CASES, default 10,000, fewer if BENCH_RM_CASES is): FerretDB v1
   * reads the whole collection for each of these queries, so at 100,000 cases their calls alone would outlast the rest of the bench.
   */
  mongoCases: number;
  /** Seconds seeding one adapter may take before it stops with fewer cases (BENCH_RM_SEED_BUDGET_S). */
  seedBudgetS: number;
  /** Cases per write: each read model gets one putMany (one insertMany on FerretDB) per batch (BENCH_RM_BATCH). */
  batch: number;
  /** Timed calls per query and adapter, after a tenth as many untimed (BENCH_RM_QUERIES). */
  queries: number;
  /** Seconds one query may be timed on one adapter; it stops earlier, after at least 3 calls (BENCH_RM_QUERY_BUDGET_S). */
  queryBudgetS: number;
  /** Events of the log replayed by the rebuilds (BENCH_RM_REBUILD_EVENTS, at least 20,000 for the target to mean something). */
  rebuildEvents: number;
  /** Events per case in that log (BENCH_RM_REBUILD_LENGTH). */
  rebuildLength: number;
  /** Rebuilds of each projection on PostgreSQL, and raw reads of the log: the figures are medians (BENCH_RM_REBUILD_ROUNDS). */
  rebuildRounds: number;
  /** Seconds one projection's rebuild may run before it is stopped and its rate taken so far (BENCH_RM_REBUILD_BUDGET_S). */
  rebuildBudgetS: number;
}

function int(name: string, fallback: number, min = 1): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min) throw new Error(`${name} must be an integer of at least ${min}, got ${raw}`);
  return n;
}

export function readModelConfigFromEnv(): ReadModelBenchConfig {
  const cases = int('BENCH_RM_CASES', 100_000, 100);
  return {
    cases,
    mongoCases: int('BENCH_RM_MONGO_CASES', Math.min(cases, 10_000), 100),
    seedBudgetS: int('BENCH_RM_SEED_BUDGET_S', 300),
    batch: int('BENCH_RM_BATCH', 2000),
    queries: int('BENCH_RM_QUERIES', 300, 10),
    queryBudgetS: int('BENCH_RM_QUERY_BUDGET_S', 20),
    rebuildEvents: int('BENCH_RM_REBUILD_EVENTS', 24_000),
    rebuildLength: int('BENCH_RM_REBUILD_LENGTH', 12, 3),
    rebuildRounds: int('BENCH_RM_REBUILD_ROUNDS', 3),
    rebuildBudgetS: int('BENCH_RM_REBUILD_BUDGET_S', 20),
  };
}
