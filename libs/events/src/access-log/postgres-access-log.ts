import { ddlOnce } from '../store/postgres/ddl';
import { assertIdentifier } from '../store/postgres/schema.sql';
import type { SqlExecutor } from '../store/postgres/sql-executor';
import type { AccessLogStore, AccessPage, AccessRecord } from './access-log.port';

/**
 * The access log of one service, in its own schema of the event-store database. Append-only like
 * the events: triggers refuse UPDATE, DELETE and TRUNCATE, so a reader's trace cannot be wiped by
 * the application (dropping the schema stays possible for whoever owns the database).
 */
export class PostgresAccessLog implements AccessLogStore {
  private constructor(
    private readonly sql: SqlExecutor,
    private readonly s: string,
  ) {}

  static async open(sql: SqlExecutor, schema: string): Promise<PostgresAccessLog> {
    const s = assertIdentifier(schema);
    await ddlOnce(sql, `${s}.access_log`, accessLogSchema(s));
    return new PostgresAccessLog(sql, s);
  }

  /** A whole batch in one statement: the rows go in as one JSON array, whatever their number. */
  async append(records: readonly AccessRecord[]): Promise<void> {
    if (!records.length) return;
    const rows = records.map((r) => ({
      at: r.at,
      user_id: r.userId,
      role: r.role,
      organisation_id: r.organisationId ?? null,
      service: r.service,
      what: r.what,
      case_id: r.caseId,
      purpose: r.purpose,
      correlation_id: r.correlationId,
    }));
    await this.sql.query(
      `INSERT INTO ${this.s}.access_log (at, user_id, role, organisation_id, service, what, case_id, purpose, correlation_id)
       SELECT at, user_id, role, organisation_id, service, what, case_id, purpose, correlation_id
       FROM jsonb_to_recordset($1::jsonb) AS x(at timestamptz, user_id text, role text, organisation_id text, service text, what text, case_id text, purpose text, correlation_id text)`,
      [JSON.stringify(rows)],
      `${this.s}_access_log_append`,
    );
  }

  /** Newest first; among reads of one instant, the one written last first. Through the (case_id, at) index. */
  async listForCase(caseId: string, { limit, offset }: { limit: number; offset: number }): Promise<AccessPage> {
    const [found, counted] = await Promise.all([
      this.sql.query<Row>(
        `SELECT to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS at, user_id, role, organisation_id, service, what, case_id, purpose, correlation_id
         FROM ${this.s}.access_log WHERE case_id = $1 ORDER BY at DESC, id DESC LIMIT $2 OFFSET $3`,
        [caseId, limit, offset],
      ),
      this.sql.query<{ n: string | number }>(`SELECT count(*) AS n FROM ${this.s}.access_log WHERE case_id = $1`, [caseId]),
    ]);
    return { items: found.rows.map(recordOf), total: Number(counted.rows[0].n) };
  }
}

interface Row {
  at: string;
  user_id: string;
  role: AccessRecord['role'];
  organisation_id: string | null;
  service: string;
  what: string;
  case_id: string;
  purpose: string;
  correlation_id: string;
}

const recordOf = (r: Row): AccessRecord => ({
  at: r.at,
  userId: r.user_id,
  role: r.role,
  ...(r.organisation_id ? { organisationId: r.organisation_id } : {}),
  service: r.service,
  what: r.what,
  caseId: r.case_id,
  purpose: r.purpose,
  correlationId: r.correlation_id,
});

/** Idempotent, so every instance runs it at start (under ddlOnce's lock). */
function accessLogSchema(s: string): string {
  return `CREATE SCHEMA IF NOT EXISTS ${s};
CREATE TABLE IF NOT EXISTS ${s}.access_log (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  at timestamptz NOT NULL,
  user_id text NOT NULL,
  role text NOT NULL,
  organisation_id text,
  service text NOT NULL,
  what text NOT NULL,
  case_id text NOT NULL,
  purpose text NOT NULL,
  correlation_id text NOT NULL
);
CREATE INDEX IF NOT EXISTS access_log_case_at ON ${s}.access_log (case_id, at);
-- Made once: trigger DDL re-run beside other instances' inserts would wait on their locks (see migrate.ts).
DO $do$ BEGIN
  IF to_regproc('${s}.access_log_refuse_change') IS NULL THEN
    CREATE FUNCTION ${s}.access_log_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $fn$
    BEGIN
      RAISE EXCEPTION 'the access log is append-only: % refused', TG_OP USING ERRCODE = 'HW001';
    END $fn$;
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_trigger WHERE tgrelid = '${s}.access_log'::regclass AND tgname = 'access_log_append_only') THEN
    CREATE TRIGGER access_log_append_only BEFORE UPDATE OR DELETE ON ${s}.access_log
      FOR EACH ROW EXECUTE FUNCTION ${s}.access_log_refuse_change();
    CREATE TRIGGER access_log_no_truncate BEFORE TRUNCATE ON ${s}.access_log
      FOR EACH STATEMENT EXECUTE FUNCTION ${s}.access_log_refuse_change();
  END IF;
END $do$;`;
}
