import { eventStoreSchema } from './schema.sql';
import type { SqlExecutor } from './sql-executor';
import { lockedBy, schemaLock } from './ddl';

/** Bump when eventStoreSchema changes: instances already at this version skip the DDL. */
export const SCHEMA_VERSION = 7;

/**
 * Brings a service's schema to SCHEMA_VERSION. Several instances start at once, and
 * re-running trigger DDL beside live appends can deadlock, so: DDL only when the recorded
 * version is older, one instance at a time (advisory lock), all in one implicit
 * transaction, and a deadlock with live traffic is retried.
 */
export async function migrateEventStore(sql: SqlExecutor, schema: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    if ((await recordedVersion(sql, schema)) >= SCHEMA_VERSION) return;
    try {
      await sql.exec(`${lockedBy([schemaLock(schema)])}
${eventStoreSchema(schema)}
CREATE TABLE IF NOT EXISTS ${schema}.schema_migrations (version int PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now());
INSERT INTO ${schema}.schema_migrations (version) VALUES (${SCHEMA_VERSION}) ON CONFLICT DO NOTHING;`);
      return;
    } catch (error) {
      if ((error as { code?: string }).code !== '40P01' || attempt >= 5) throw error;
      await new Promise((r) => setTimeout(r, 50 * (attempt + 1)));
    }
  }
}

async function recordedVersion(sql: SqlExecutor, schema: string): Promise<number> {
  const { rows } = await sql.query<{ present: boolean }>(`SELECT to_regclass('${schema}.schema_migrations') IS NOT NULL AS present`);
  if (!rows[0].present) return 0;
  const version = await sql.query<{ v: number | null }>(`SELECT max(version) AS v FROM ${schema}.schema_migrations`);
  return Number(version.rows[0].v ?? 0);
}
