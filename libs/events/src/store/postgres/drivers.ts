import { mkdirSync } from 'node:fs';
import type { SqlExecutor } from './sql-executor';

/** A server PostgreSQL reached through a `pg` pool. */
export async function pgExecutor(connectionString: string, max = 10): Promise<SqlExecutor> {
  const { Pool } = await import('pg');
  const pool = new Pool({ connectionString, max });
  return {
    query: (sql, params) => pool.query(sql, params as unknown[]) as never,
    exec: (sql) => pool.query(sql),
    close: () => pool.end(),
  };
}

/** Embedded PostgreSQL (WASM): a directory on disk, or memory when none is given. */
export async function pgliteExecutor(dataDir?: string): Promise<SqlExecutor> {
  const { PGlite } = await import('@electric-sql/pglite');
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const db = await PGlite.create(dataDir);
  return {
    query: (sql, params) => db.query(sql, params) as never,
    exec: (sql) => db.exec(sql),
    close: () => db.close(),
  };
}
