import type { Pool } from 'pg';
import type { EventStore } from '../../libs/events/src/store/event-store.port';
import type { Sample } from './stats';

/** Reads a whole log page by page; one latency per page. */
async function timePages(nextPage: (after: number) => Promise<{ count: number; last: number }>): Promise<Sample> {
  const latenciesMs: number[] = [];
  let events = 0;
  let after = 0;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  for (;;) {
    const s = performance.now();
    const page = await nextPage(after);
    if (page.count === 0) break;
    latenciesMs.push(performance.now() - s);
    events += page.count;
    after = page.last;
  }
  const elapsedMs = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  return { latenciesMs, elapsedMs, events, cpuMs: (cpu.user + cpu.system) / 1000 };
}

/** The store's own paging, as a projection runner uses it. */
export function readAllPaging(store: EventStore, pageSize: number): Promise<Sample> {
  return timePages(async (after) => {
    const page = await store.readAll({ after, maxCount: pageSize });
    return { count: page.length, last: page.length ? page[page.length - 1].globalPosition : after };
  });
}

/** The same query on the same table with `pg`, rows left as the driver returns them. */
export function rawPaging(pool: Pool, schema: string, pageSize: number): Promise<Sample> {
  return timePages(async (after) => {
    const { rows } = await pool.query<{ global_position: string }>(
      `SELECT * FROM ${schema}.events WHERE global_position > $1 ORDER BY global_position LIMIT $2`,
      [after, pageSize],
    );
    return { count: rows.length, last: rows.length ? Number(rows[rows.length - 1].global_position) : after };
  });
}
