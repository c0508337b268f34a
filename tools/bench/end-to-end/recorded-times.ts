import type { SqlExecutor } from '@homeward/events';

const AT = `(extract(epoch FROM recorded_at) * 1000)::float8 AS at`;

/** Each case's `intake.CaseOpened` in intake's log: its event id and when the append inserted it. */
export async function appendedCases(sql: SqlExecutor, schema: string): Promise<Map<string, { eventId: string; at: number }>> {
  const { rows } = await sql.query<{ stream_id: string; event_id: string; at: number }>(
    `SELECT stream_id, event_id, ${AT} FROM ${schema}.events WHERE type = 'intake.CaseOpened'`,
  );
  return new Map(rows.map((r) => [r.stream_id.replace(/^case-/, ''), { eventId: r.event_id, at: r.at }]));
}

/** When monitoring's inbox imported each `intake.CaseOpened`, by event id. */
export async function importedEvents(sql: SqlExecutor, schema: string): Promise<Map<string, number>> {
  const { rows } = await sql.query<{ event_id: string; at: number }>(`SELECT event_id, ${AT} FROM ${schema}.events WHERE type = 'intake.CaseOpened'`);
  return new Map(rows.map((r) => [r.event_id, r.at]));
}

/** How many events a log holds and how many transactions wrote them: for an inbox, its imports (one per batch, or one per message). */
export async function transactionsOf(sql: SqlExecutor, schema: string): Promise<{ imported: number; importTransactions: number }> {
  const { rows } = await sql.query<{ n: number; t: number }>(`SELECT count(*)::int AS n, count(DISTINCT transaction_id)::int AS t FROM ${schema}.events`);
  return { imported: rows[0].n, importTransactions: rows[0].t };
}

/** The instance holding a lease now, as its pid (instance ids are host-pid-random). */
export async function leaseHolderPid(sql: SqlExecutor, schema: string, lease: string): Promise<number | null> {
  const { rows } = await sql.query<{ holder: string }>(`SELECT holder FROM ${schema}.leases WHERE name = $1`, [lease]);
  return rows[0] ? Number(rows[0].holder.split('-').at(-2)) : null;
}
