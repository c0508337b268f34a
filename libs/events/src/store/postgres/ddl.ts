import type { SqlExecutor } from './sql-executor';

/**
 * DDL that every instance runs at start (CREATE … IF NOT EXISTS). Instances starting together race
 * on the catalogue: IF NOT EXISTS checks, then both insert, and one fails on a unique index of
 * pg_type or pg_namespace. So one at a time, under an advisory lock named for what is created, in
 * the one implicit transaction of a multi-statement query.
 */
export function ddlOnce(sql: SqlExecutor, what: string, ddl: string): Promise<unknown> {
  return sql.exec(`SELECT pg_advisory_xact_lock(hashtext('homeward.ddl.${what.replace(/'/g, '')}'));\n${ddl}`);
}
