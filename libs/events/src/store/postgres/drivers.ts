import { mkdirSync } from 'node:fs';
import type { PoolConfig } from 'pg';
import { fromTemplate } from './pglite-template';
import type { SqlExecutor } from './sql-executor';

const TIMESTAMPTZ = 1184;

/** Session settings a pool gives each of its connections (`-c name=value` at connect), beside UTC. */
export type SessionSettings = Record<string, string>;

/**
 * The pool settings of the adapter. Sessions in UTC, and timestamps left as PostgreSQL's
 * text: the adapter turns them into ISO strings itself, much cheaper than a Date per row.
 * Exported so that benchmarks give the raw baseline the very same driver settings; `settings`
 * lets a bench set e.g. synchronous_commit per session without touching the server's configuration.
 */
export async function pgPoolConfig(connectionString: string, max: number, settings: SessionSettings = {}): Promise<PoolConfig> {
  const { types } = await import('pg');
  return {
    connectionString,
    max,
    options: ['-c TimeZone=UTC', ...Object.entries(settings).map(([name, value]) => `-c ${sessionSetting(name, value)}`)].join(' '),
    types: { getTypeParser: ((oid: number, format?: string) => (oid === TIMESTAMPTZ ? String : types.getTypeParser(oid, format as never))) as never },
  };
}

/** Names and values go unquoted into the startup packet's options, so only plain words pass. */
function sessionSetting(name: string, value: string): string {
  if (!/^[a-z_][a-z0-9_.]*$/i.test(name) || !/^[\w.:-]+$/.test(value)) throw new Error(`Not a plain session setting: ${name}=${value}`);
  return `${name}=${value}`;
}

/** A server PostgreSQL reached through a `pg` pool. */
export async function pgExecutor(connectionString: string, max = 10, settings: SessionSettings = {}): Promise<SqlExecutor> {
  const { Pool } = await import('pg');
  const pool = new Pool(await pgPoolConfig(connectionString, max, settings));
  return {
    query: (sql, params, name) => (name ? pool.query({ name, text: sql, values: params as unknown[] }) : pool.query(sql, params as unknown[])) as never,
    exec: (sql) => pool.query(sql),
    close: () => pool.end(),
  };
}

/**
 * Its default shared buffers (128 MB) are most of an embedded platform's memory; an event store
 * that appends and reads forward needs far less cache (measured: 374 → 255 MB resident).
 */
const PGLITE_SETTINGS = ['shared_buffers = 16MB'];

/**
 * Embedded PostgreSQL (WASM): a directory on disk, or memory when none is given. With `templates`
 * (a cache directory), a new directory starts as a copy of an empty cluster kept there (see
 * pglite-template.ts) rather than by running initdb in this process.
 */
export async function pgliteExecutor(dataDir?: string, options: { templates?: string } = {}): Promise<SqlExecutor> {
  const { PGlite } = await import('@electric-sql/pglite');
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  if (dataDir && options.templates) await fromTemplate(dataDir, options.templates, PGLITE_SETTINGS);
  const db = await PGlite.create(dataDir, { postgresqlconf: PGLITE_SETTINGS });
  return {
    query: (sql, params) => db.query(sql, params) as never,
    exec: (sql) => db.exec(sql),
    close: () => db.close(),
  };
}
