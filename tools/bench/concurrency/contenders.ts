import { pgExecutor, type SessionSettings } from '../../../libs/events/src/store/postgres/drivers';
import { PostgresEventStore } from '../../../libs/events/src/store/postgres/postgres-event-store';
import { withAdmin } from '../infra';
import { ourTarget } from '../ours-target';
import { rawTarget } from '../raw-target';
import type { Target } from '../scenarios';
import type { SynchronousCommit } from './concurrency-config';

/**
 * ours: PostgresEventStore as services run it; quiet: the same store in a schema whose commit
 * notification (the statement trigger that NOTIFYs readers) is dropped, to measure what that costs
 * under concurrency; raw: plain INSERTs into a table with our columns and indexes, no trigger.
 */
export const CONTENDERS = ['ours', 'quiet', 'raw'] as const;
export type ContenderKey = (typeof CONTENDERS)[number];

export interface CellContender {
  key: ContenderKey;
  target: Target;
  /** Its connections' application_name, by which the wait sampler finds them. */
  applicationName: string;
}

export type Schemas = Record<ContenderKey, string>;

/** Creates the three schemas once per run; every cell then appends to new streams in them. */
export async function createSchemas(url: string, schemas: Schemas): Promise<void> {
  for (const key of ['ours', 'quiet'] as const) await (await PostgresEventStore.open(await pgExecutor(url, 1), schemas[key])).close();
  // Dropped after the migration, which does not run again: the schema's version is recorded.
  await withAdmin(url, (c) => c.query(`DROP TRIGGER events_appended ON ${schemas.quiet}.events`));
  await (await rawTarget(url, schemas.raw)).close();
}

/** The contenders of one cell, each on its own pool of `writers` connections with the same session settings. */
export async function openCell(url: string, schemas: Schemas, prefix: string, writers: number, synchronousCommit: SynchronousCommit): Promise<CellContender[]> {
  const settings = (key: ContenderKey): SessionSettings => ({ synchronous_commit: synchronousCommit, application_name: `${prefix}_${key}` });
  const ours = async (key: 'ours' | 'quiet'): Promise<CellContender> => {
    const sql = await pgExecutor(url, writers, settings(key));
    await expectSettings(sql.query.bind(sql), settings(key));
    return { key, target: ourTarget(await PostgresEventStore.open(sql, schemas[key])), applicationName: settings(key).application_name };
  };
  // raw gets its settings through the same pgPoolConfig as ours, checked above.
  return [await ours('ours'), await ours('quiet'), { key: 'raw', target: await rawTarget(url, schemas.raw, writers, settings('raw')), applicationName: settings('raw').application_name }];
}

async function expectSettings(query: (sql: string) => Promise<{ rows: Array<Record<string, string>> }>, settings: SessionSettings): Promise<void> {
  for (const [name, value] of Object.entries(settings)) {
    const got = (await query(`SHOW ${name}`)).rows[0][name];
    if (got !== value) throw new Error(`session setting ${name} is ${got}, the bench asked for ${value}`);
  }
}
