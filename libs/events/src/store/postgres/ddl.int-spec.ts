import { randomBytes } from 'node:crypto';
import { PostgresLease } from '../../leadership/lease';
import { PostgresDeadLetters } from '../../outbox/dead-letters';
import { MasterKey } from '../../privacy/master-key';
import { PostgresKeyStore } from '../../privacy/postgres-key-store';
import { requireEnv } from '../../testing/require-env';
import { pgExecutor } from './drivers';
import { migrateEventStore } from './migrate';
import type { SqlExecutor } from './sql-executor';

/** What the end-to-end bench met: two intake processes starting at once, both creating the same tables. */
describe('Tables every instance creates at start, by instances starting at once (real PostgreSQL)', () => {
  const url = requireEnv('HOMEWARD_PG_URL');
  const schema = `ddl_${randomBytes(4).toString('hex')}`;
  let pools: SqlExecutor[] = [];

  beforeAll(async () => {
    pools = await Promise.all(Array.from({ length: 6 }, () => pgExecutor(url, 1)));
  });
  afterAll(async () => {
    await pools[0]?.exec(`DROP SCHEMA IF EXISTS ${schema} CASCADE; DROP SCHEMA IF EXISTS ${schema}_keys CASCADE`);
    await Promise.all(pools.map((p) => p.close()));
  });

  it('all open, none failing on the catalogue', async () => {
    const master = MasterKey.parse(MasterKey.generate());
    await Promise.all(
      pools.flatMap((sql, i) => [
        PostgresLease.open(sql, schema, 'relay', `instance-${i}`, 3000),
        PostgresDeadLetters.open(sql, schema),
        PostgresKeyStore.open(sql, `${schema}_keys`, master, 'intake', { intake: ['personal'] }),
      ]),
    );
    const { rows } = await pools[0].query<{ n: string }>(`SELECT count(*) AS n FROM pg_tables WHERE schemaname IN ($1, $2)`, [schema, `${schema}_keys`]);
    expect(Number(rows[0].n)).toBe(3);
  });

  it('the event store’s schema migrated by some while others create tables beside it, none failing on pg_namespace', async () => {
    for (let round = 0; round < 5; round++) {
      const fresh = `${schema}_es${round}`;
      try {
        await Promise.all(pools.map((sql, i) => (i % 2 ? PostgresDeadLetters.open(sql, fresh) : migrateEventStore(sql, fresh))));
        const { rows } = await pools[0].query<{ n: string }>(`SELECT count(*) AS n FROM pg_tables WHERE schemaname = $1 AND tablename IN ('events', 'dead_letters')`, [fresh]);
        expect(Number(rows[0].n)).toBe(2);
      } finally {
        await pools[0].exec(`DROP SCHEMA IF EXISTS ${fresh} CASCADE`);
      }
    }
  });
});
