import type { SqlExecutor } from '../store/postgres/sql-executor';
import { ddlOnce } from '../store/postgres/ddl';

export interface DestroyedKey {
  keyId: string;
  subjectId: string;
}

/**
 * A destroy statement stamps its transaction's start; one that commits a little after a check began
 * is still caught by the next check.
 */
const COMMIT_MARGIN = "interval '10 seconds'";

/**
 * The keys destroyed lately, asked of the key store at most once per `everyMs`. Each process keeps
 * the keys it unwrapped; one that never reads a person's erasure event (another instance of the
 * service, a read of the history as it was before) must still stop opening her data soon after.
 */
export class DestroyedKeys {
  private checkedAt = 0;
  private since: string | null = null;

  private constructor(
    private readonly sql: SqlExecutor,
    private readonly table: string,
    private readonly everyMs: number,
  ) {}

  static async open(sql: SqlExecutor, table: string, everyMs = 1000): Promise<DestroyedKeys> {
    await ddlOnce(sql, `${table}.destroyed`, `CREATE INDEX IF NOT EXISTS data_keys_destroyed ON ${table} (destroyed_at) WHERE destroyed_at IS NOT NULL;`);
    const keys = new DestroyedKeys(sql, table, everyMs);
    // Nothing is held yet: what was destroyed before this process started is never unwrapped by it.
    await keys.recent();
    return keys;
  }

  due(): boolean {
    return Date.now() - this.checkedAt >= this.everyMs;
  }

  /** Destroyed since the last check (and a margin before it); the database's clock throughout. */
  async recent(): Promise<DestroyedKey[]> {
    this.checkedAt = Date.now();
    const { rows } = await this.sql.query<{ at: string; key_ids: string[] | null; subject_ids: string[] | null }>(
      `SELECT now()::text AS at, d.key_ids, d.subject_ids FROM (
  SELECT array_agg(key_id::text) AS key_ids, array_agg(subject_id) AS subject_ids FROM ${this.table}
  WHERE $1::timestamptz IS NOT NULL AND destroyed_at >= $1::timestamptz - ${COMMIT_MARGIN}
) d`,
      [this.since],
    );
    const { at, key_ids, subject_ids } = rows[0];
    this.since = at;
    return (key_ids ?? []).map((keyId, i) => ({ keyId, subjectId: subject_ids![i] }));
  }
}
