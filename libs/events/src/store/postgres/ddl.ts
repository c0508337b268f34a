import type { SqlExecutor } from './sql-executor';

/**
 * DDL that every instance runs at start (CREATE … IF NOT EXISTS). Instances starting together race
 * on the catalogue: IF NOT EXISTS checks, then both insert, and one fails on a unique index of
 * pg_type or pg_namespace. So one at a time, under an advisory lock named for what is created, in
 * the one implicit transaction of a multi-statement query.
 */
export function ddlOnce(sql: SqlExecutor, what: string, ddl: string): Promise<unknown> {
  // A schema this creates may be created meanwhile by other DDL under another lock (the event store's
  // migration, another table of the same schema): its creation takes the schema's own lock first.
  const schemas = [...ddl.matchAll(/CREATE SCHEMA IF NOT EXISTS ([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1]);
  return sql.exec(`${lockedBy([...new Set(schemas)].map(schemaLock).concat(`homeward.ddl.${what.replace(/'/g, '')}`))}\n${ddl}`);
}

/**
 * Advisory locks for DDL, in order, then a read of the namespace catalogue. The read is not for its
 * rows: opening a catalogue makes the backend take in the catalogue changes committed while it
 * waited on the lock, which an advisory lock does not. Without it, `CREATE … IF NOT EXISTS` after
 * the wait still believed, from its cache, that what the lock's holder had just created did not
 * exist, and failed on pg_namespace's unique index (measured: 1 in 3 of six concurrent migrations).
 */
export function lockedBy(keys: string[]): string {
  return [...keys.map((key) => `SELECT pg_advisory_xact_lock(hashtext('${key}'));`), 'SELECT 1 FROM pg_catalog.pg_namespace LIMIT 1;'].join('\n');
}

/** The advisory lock under which a schema is created (and the event store's migrated). */
export function schemaLock(schema: string): string {
  return `homeward.schema.${schema}`;
}
