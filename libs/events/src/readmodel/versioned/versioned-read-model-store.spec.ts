import { InMemoryReadModelStore } from '../in-memory-read-model-store';
import { PostgresReadModelStore } from '../postgres/postgres-read-model-store';
import { CataloguedEventStore } from '../../store/catalogued-event-store';
import { pgliteExecutor } from '../../store/postgres/drivers';
import { PostgresEventStore } from '../../store/postgres/postgres-event-store';
import type { SqlExecutor } from '../../store/postgres/sql-executor';
import { readModelStoreContract } from '../../testing/read-model-store.contract';
import { rebuildBesideContract } from '../../testing/rebuild-beside.contract';
import { testCatalogue } from '../../testing/test-catalogue';
import { POINTERS } from './read-model-pointer';
import { VersionedReadModelStore } from './versioned-read-model-store';

// One embedded database for the file (it takes seconds to start): a schema per log, one for the read models.
let sql: SqlExecutor;
let logs = 0;
beforeAll(async () => (sql = await pgliteExecutor()));
afterAll(() => sql.close());
const openLog = async () => new CataloguedEventStore(await PostgresEventStore.open(unclosable(sql), `rb_log_${++logs}`), testCatalogue);

readModelStoreContract('versioned, over memory', async () => new VersionedReadModelStore(new InMemoryReadModelStore()));
readModelStoreContract('versioned, over PostgreSQL on PGlite', async () => new VersionedReadModelStore(await PostgresReadModelStore.open(sql, 'versioned_contract')));

let memory: InMemoryReadModelStore;
rebuildBesideContract('in memory', {
  openLog: async () => ((memory = new InMemoryReadModelStore()), openLog()),
  openReadModels: async () => memory,
});

rebuildBesideContract('PostgreSQL adapter on PGlite', {
  openLog,
  openReadModels: () => PostgresReadModelStore.open(sql, 'rb_read_models'),
  exists: async (_, physical) => (await sql.query<{ t: string | null }>(`SELECT to_regclass('rb_read_models."rm_${physical}"')::text AS t`)).rows[0].t !== null,
});

/** The log's store closes its database; this file's one stays open for the next test. */
function unclosable(executor: SqlExecutor): SqlExecutor {
  return { ...executor, close: async () => {} };
}

describe('Versioned read models: what following the pointers costs a read', () => {
  // The clock the pointers age by, moved by hand: a slow machine cannot age them behind the test's back.
  let now = 1_000_000;
  beforeEach(() => jest.spyOn(Date, 'now').mockImplementation(() => now));
  afterEach(() => jest.restoreAllMocks());

  it('answers from pointers in memory, one load for many reads, and reloads them in the background once older than refreshMs', async () => {
    const memory = new InMemoryReadModelStore();
    const store = new VersionedReadModelStore(memory, { refreshMs: 1000, maxStaleMs: 3000 });
    const loads = jest.spyOn(memory, 'find');
    for (let i = 0; i < 1000; i++) await store.get('cases', `c${i}`);
    expect(loads).toHaveBeenCalledTimes(1);
    await memory.put(POINTERS, 'cases', { version: 1, physical: 'cases__v1' }, 1);
    now += 1000;
    // The read that finds the pointers old does not wait for them: it still reads the version it knew.
    expect(await store.physicalOf('cases')).toBe('cases');
    await store.refresh();
    expect(await store.physicalOf('cases')).toBe('cases__v1');
    expect(loads).toHaveBeenCalledTimes(2);
  });

  it('waits for fresh pointers when its copy is older than maxStaleMs (an instance that sat idle)', async () => {
    const memory = new InMemoryReadModelStore();
    const store = new VersionedReadModelStore(memory, { refreshMs: 1000, maxStaleMs: 3000 });
    expect(await store.physicalOf('cases')).toBe('cases');
    await memory.put(POINTERS, 'cases', { version: 3, physical: 'cases__v3' }, 1);
    now += 3000;
    expect(await store.physicalOf('cases')).toBe('cases__v3');
  });
});
