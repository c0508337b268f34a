import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { pgExecutor } from '../../store/postgres/drivers';
import type { SqlExecutor } from '../../store/postgres/sql-executor';
import { readModelStoreContract } from '../../testing/read-model-store.contract';
import { requireEnv } from '../../testing/require-env';
import { bulkWriteCases } from './bulk-writes.cases';
import { PostgresReadModelStore } from './postgres-read-model-store';

const url = requireEnv('HOMEWARD_PG_URL');
const schema = `rm_${randomBytes(4).toString('hex')}`;
let sql: SqlExecutor | undefined;
afterAll(async () => {
  await sql?.exec(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await sql?.close();
});

readModelStoreContract('PostgreSQL adapter on a PostgreSQL server', async () => PostgresReadModelStore.open((sql ??= await pgExecutor(url)), schema));

describe('PostgreSQL read models answer declared queries through their indexes', () => {
  it('pages a caseload and a filtered, sorted list with index scans, not a scan of the table, and counts from the index alone', async () => {
    sql ??= await pgExecutor(url);
    const store = await PostgresReadModelStore.open(sql, schema);
    await store.declare('plan_cases', [{ fields: ['office', 'openedAt'] }, { fields: ['caseManagerIds'], multiValued: true }]);
    const rows = Array.from({ length: 5000 }, (_, i) => ({ id: `c${i}`, office: `o${i % 50}`, openedAt: `2026-${String((i % 12) + 1).padStart(2, '0')}-01`, caseManagerIds: [`cm${i % 400}`] }));
    await sql.query(
      `INSERT INTO ${schema}."rm_plan_cases" (id, position, doc) SELECT r->>'id', 1, r FROM jsonb_array_elements($1::jsonb) r`,
      [JSON.stringify(rows)],
    );
    // VACUUM marks the pages all-visible, as autovacuum does on a table live for a while: what an index-only count needs.
    await sql.exec(`VACUUM ANALYZE ${schema}."rm_plan_cases"`);
    const explain = async (statement: string) =>
      (await sql!.query<{ 'QUERY PLAN': string }>(`EXPLAIN ${statement}`)).rows.map((r) => r['QUERY PLAN']).join('\n');
    const plan = (where: string, order: string) => explain(`SELECT id FROM ${schema}."rm_plan_cases" WHERE ${where} ORDER BY ${order} LIMIT 20`);
    // Read in order straight from the index: no sort, no scan of the table.
    expect(await plan(`"f_office" = '"o7"'::jsonb`, `"f_openedAt" DESC NULLS LAST, id DESC`)).toMatch(/^Limit.*\n.*Index (Only )?Scan Backward/);
    expect(await plan(`"f_office" = ANY(ARRAY['"o7"', '"o8"']::jsonb[])`, `"f_openedAt" DESC NULLS LAST, id DESC`)).toMatch(/Index/);
    expect(await plan(`(doc->'caseManagerIds') @> '["cm3"]'::jsonb`, `"f_openedAt" DESC NULLS LAST, id DESC`)).toMatch(/Bitmap Index Scan/);
    // At 5,000 rows the planner may prefer a bitmap; with it and the table scan ruled out, the index alone answers a
    // count, which no expression index can (it reads the table for every row it counts).
    const client = new Client({ connectionString: url });
    await client.connect();
    try {
      await client.query('SET enable_bitmapscan = off; SET enable_seqscan = off');
      const { rows: counted } = await client.query<{ 'QUERY PLAN': string }>(`EXPLAIN SELECT count(*) FROM ${schema}."rm_plan_cases" WHERE "f_office" = ANY(ARRAY['"o7"', '"o8"']::jsonb[])`);
      expect(counted.map((r) => r['QUERY PLAN']).join('\n')).toMatch(/Index Only Scan/);
    } finally {
      await client.end();
    }
    const newestFirst = rows
      .filter((r) => r.office === 'o7')
      .sort((a, b) => (a.openedAt === b.openedAt ? (a.id < b.id ? 1 : -1) : a.openedAt < b.openedAt ? 1 : -1))
      .slice(0, 3)
      .map((r) => r.id);
    expect((await store.find('plan_cases', { office: 'o7' }, { sort: '-openedAt', limit: 3 })).map((d) => d._id)).toEqual(newestFirst);
    expect(await store.count('plan_cases', { caseManagerIds: 'cm3' })).toBe(13);
    expect(await store.count('plan_cases', { office: ['o7', 'o8'] })).toBe(200);
  });

  it('replaces the indexes of an earlier version, on the document, by those on its columns', async () => {
    sql ??= await pgExecutor(url);
    const table = `${schema}."rm_upgraded"`;
    await sql.exec(`CREATE TABLE ${table} (id text COLLATE "C" PRIMARY KEY, position bigint NOT NULL, doc jsonb NOT NULL);
      CREATE INDEX rm_0123456789abcdef ON ${table} ((doc->'office') NULLS FIRST, id);
      INSERT INTO ${table} VALUES ('c1', 1, '{"office":"SN"}'), ('c2', 2, '{"office":"MA"}')`);
    const store = await PostgresReadModelStore.open(sql, schema);
    await store.declare('upgraded', [{ fields: ['office'] }]);
    const indexes = (await sql.query<{ indexdef: string }>(`SELECT indexdef FROM pg_indexes WHERE schemaname = $1 AND tablename = 'rm_upgraded' ORDER BY indexname`, [schema])).rows.map((r) => r.indexdef);
    expect(indexes).toHaveLength(2);
    expect(indexes.join('\n')).toContain('f_office');
    expect(indexes.join('\n')).not.toContain('rm_0123456789abcdef');
    expect((await store.find('upgraded', { office: 'SN' })).map((d) => d._id)).toEqual(['c1']);
  });
});

describe('PostgreSQL read models written in bulk (server)', () => {
  bulkWriteCases(async () => ({ sql: (sql ??= await pgExecutor(url)), schema }), 'lz4');
});
