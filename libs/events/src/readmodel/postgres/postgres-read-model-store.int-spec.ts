import { randomBytes } from 'node:crypto';
import { pgExecutor } from '../../store/postgres/drivers';
import type { SqlExecutor } from '../../store/postgres/sql-executor';
import { readModelStoreContract } from '../../testing/read-model-store.contract';
import { requireEnv } from '../../testing/require-env';
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
  it('pages a caseload and a filtered, sorted list with index scans, not a scan of the table', async () => {
    sql ??= await pgExecutor(url);
    const store = await PostgresReadModelStore.open(sql, schema);
    await store.declare('plan_cases', [{ fields: ['office', 'openedAt'] }, { fields: ['caseManagerIds'], multiValued: true }]);
    const rows = Array.from({ length: 5000 }, (_, i) => ({ id: `c${i}`, office: `o${i % 50}`, openedAt: `2026-${String((i % 12) + 1).padStart(2, '0')}-01`, caseManagerIds: [`cm${i % 400}`] }));
    await sql.query(
      `INSERT INTO ${schema}."rm_plan_cases" (id, position, doc) SELECT r->>'id', 1, r FROM jsonb_array_elements($1::jsonb) r`,
      [JSON.stringify(rows)],
    );
    await sql.exec(`ANALYZE ${schema}."rm_plan_cases"`);
    const plan = async (where: string, order: string) =>
      (await sql!.query<{ 'QUERY PLAN': string }>(`EXPLAIN SELECT id FROM ${schema}."rm_plan_cases" WHERE ${where} ORDER BY ${order} LIMIT 20`)).rows
        .map((r) => r['QUERY PLAN'])
        .join('\n');
    expect(await plan(`(doc->'office') = ANY(ARRAY['"o7"']::jsonb[])`, `(doc->'openedAt') DESC NULLS LAST, id DESC`)).toMatch(/Index Scan/);
    expect(await plan(`(doc->'caseManagerIds') @> '["cm3"]'::jsonb`, `(doc->'openedAt') DESC NULLS LAST, id DESC`)).toMatch(/Bitmap Index Scan/);
    const newestFirst = rows
      .filter((r) => r.office === 'o7')
      .sort((a, b) => (a.openedAt === b.openedAt ? (a.id < b.id ? 1 : -1) : a.openedAt < b.openedAt ? 1 : -1))
      .slice(0, 3)
      .map((r) => r.id);
    expect((await store.find('plan_cases', { office: 'o7' }, { sort: '-openedAt', limit: 3 })).map((d) => d._id)).toEqual(newestFirst);
    expect(await store.count('plan_cases', { caseManagerIds: 'cm3' })).toBe(13);
  });
});
