import { assertIdentifier } from '../store/postgres/schema.sql';
import type { SqlExecutor } from '../store/postgres/sql-executor';
import { ddlOnce } from '../store/postgres/ddl';

/** The right to be the one instance that does something (relay the outbox, run the projections). */
export interface Lease {
  /** Takes the lease, or keeps it for another term; false while another holder's term runs. */
  tryAcquire(): Promise<boolean>;
  release(): Promise<void>;
}

/**
 * A lease in the service's own PostgreSQL schema: a row naming its holder until a moment on the
 * server's clock. A holder renews it well before it runs out; when the holder dies, it runs out
 * and another instance takes it at its next try. One statement, so two instances trying at once
 * cannot both win.
 */
export class PostgresLease implements Lease {
  private constructor(
    private readonly sql: SqlExecutor,
    private readonly s: string,
    readonly name: string,
    readonly holder: string,
    private readonly termMs: number,
  ) {}

  static async open(sql: SqlExecutor, schema: string, name: string, holder: string, termMs: number): Promise<PostgresLease> {
    const s = assertIdentifier(schema);
    await ddlOnce(sql, `${s}.leases`, `CREATE SCHEMA IF NOT EXISTS ${s};
CREATE TABLE IF NOT EXISTS ${s}.leases (name text PRIMARY KEY, holder text NOT NULL, expires_at timestamptz NOT NULL);`);
    return new PostgresLease(sql, s, name, holder, termMs);
  }

  async tryAcquire(): Promise<boolean> {
    const { rows } = await this.sql.query(
      `INSERT INTO ${this.s}.leases AS l (name, holder, expires_at) VALUES ($1, $2, clock_timestamp() + $3::int * interval '1 millisecond')
       ON CONFLICT (name) DO UPDATE SET holder = EXCLUDED.holder, expires_at = EXCLUDED.expires_at
        WHERE l.holder = EXCLUDED.holder OR l.expires_at < clock_timestamp()
       RETURNING holder`,
      [this.name, this.holder, this.termMs],
    );
    return rows.length === 1;
  }

  async release(): Promise<void> {
    await this.sql.query(`DELETE FROM ${this.s}.leases WHERE name = $1 AND holder = $2`, [this.name, this.holder]);
  }

  /** Who holds it now, if anyone: for operators and tests. */
  async currentHolder(): Promise<string | undefined> {
    const { rows } = await this.sql.query<{ holder: string }>(`SELECT holder FROM ${this.s}.leases WHERE name = $1 AND expires_at >= clock_timestamp()`, [this.name]);
    return rows[0]?.holder;
  }
}
