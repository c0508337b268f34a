import { Client } from 'pg';
const { startLocalServers } = require('../local-servers') as { startLocalServers: () => void };

/**
 * The PostgreSQL URL to measure against. Without HOMEWARD_PG_URL the local servers are
 * started and infra/env.sh is read back, as in the jest global setup.
 */
export function ensurePgUrl(): string {
  if (process.env.HOMEWARD_PG_URL) return process.env.HOMEWARD_PG_URL;
  console.error('[bench] HOMEWARD_PG_URL not set: starting local servers with infra/start.sh');
  startLocalServers();
  if (!process.env.HOMEWARD_PG_URL) throw new Error('infra/env.sh did not define HOMEWARD_PG_URL');
  return process.env.HOMEWARD_PG_URL;
}

/** The same server and credentials, another database. */
export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

/** A short-lived admin connection for setup and clean-up; never used while timing. */
export async function withAdmin<T>(url: string, fn: (c: Client) => Promise<T>): Promise<T> {
  const c = new Client({ connectionString: url });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

/**
 * Emmett gets a database of its own: it creates unqualified objects and checks for its
 * functions in pg_proc database-wide, so a schema of its own would not isolate it. When the
 * role may not create databases, it falls back to a schema put first on its search_path.
 */
export async function createEmmettHome(url: string, name: string): Promise<{ url: string; drop: () => Promise<void>; note: string }> {
  try {
    await withAdmin(url, (c) => c.query(`CREATE DATABASE ${name}`));
    return {
      url: withDatabase(url, name),
      note: `own database \`${name}\``,
      drop: () => withAdmin(url, (c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
    };
  } catch (error) {
    await withAdmin(url, (c) => c.query(`CREATE SCHEMA IF NOT EXISTS ${name}`));
    const u = new URL(url);
    u.searchParams.set('options', `-c search_path=${name}`);
    return {
      url: u.toString(),
      note: `schema \`${name}\` on its search_path (CREATE DATABASE refused: ${(error as Error).message})`,
      drop: () => withAdmin(url, (c) => c.query(`DROP SCHEMA IF EXISTS ${name} CASCADE`)).then(() => undefined),
    };
  }
}

/** Our events table refuses TRUNCATE and DELETE by trigger, so a bench schema goes as a whole. */
export async function dropSchemas(url: string, schemas: string[]): Promise<void> {
  await withAdmin(url, async (c) => {
    for (const s of schemas) await c.query(`DROP SCHEMA IF EXISTS ${s} CASCADE`);
  });
}
