import { pgExecutor, type SessionSettings } from '../../../libs/events/src/store/postgres/drivers';
import { AppendListener } from '../../../libs/events/src/store/postgres/append-listener';
import { PostgresEventStore } from '../../../libs/events/src/store/postgres/postgres-event-store';
import { ourTarget } from '../ours-target';
import { rawTarget } from '../raw-target';
import type { Target } from '../scenarios';
import type { SynchronousCommit } from './concurrency-config';

/**
 * ours: PostgresEventStore as services run it, each append announced to the service's other
 * instances afterwards (AppendListener.announce, coalesced); bare: the same store announcing
 * nothing, to show what announcing costs under concurrency; raw: plain INSERTs into a table with
 * our columns and indexes, no trigger.
 */
export const CONTENDERS = ['ours', 'bare', 'raw'] as const;
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
  for (const key of ['ours', 'bare'] as const) await (await PostgresEventStore.open(await pgExecutor(url, 1), schemas[key])).close();
  await (await rawTarget(url, schemas.raw)).close();
}

/** The contenders of one cell, each on its own pool of `writers` connections with the same session settings. */
export async function openCell(url: string, schemas: Schemas, prefix: string, writers: number, synchronousCommit: SynchronousCommit): Promise<CellContender[]> {
  const settings = (key: ContenderKey): SessionSettings => ({ synchronous_commit: synchronousCommit, application_name: `${prefix}_${key}` });
  const ours = async (key: 'ours' | 'bare'): Promise<CellContender> => {
    const sql = await pgExecutor(url, writers, settings(key));
    await expectSettings(sql.query.bind(sql), settings(key));
    const store = await PostgresEventStore.open(sql, schemas[key]);
    if (key === 'bare') return { key, target: ourTarget(store), applicationName: settings(key).application_name };
    const listener = await AppendListener.start(url, schemas[key], () => {});
    const target = ourTarget(store);
    return {
      key,
      target: {
        ...target,
        append: async (streamId, events, expectedVersion) => {
          await target.append(streamId, events, expectedVersion);
          listener.announce();
        },
        close: async () => {
          await listener.stop();
          await target.close();
        },
      },
      applicationName: settings(key).application_name,
    };
  };
  // raw gets its settings through the same pgPoolConfig as ours, checked above.
  return [await ours('ours'), await ours('bare'), { key: 'raw', target: await rawTarget(url, schemas.raw, writers, settings('raw')), applicationName: settings('raw').application_name }];
}

async function expectSettings(query: (sql: string) => Promise<{ rows: Array<Record<string, string>> }>, settings: SessionSettings): Promise<void> {
  for (const [name, value] of Object.entries(settings)) {
    const got = (await query(`SHOW ${name}`)).rows[0][name];
    if (got !== value) throw new Error(`session setting ${name} is ${got}, the bench asked for ${value}`);
  }
}
