import type { SqlExecutor } from '../../store/postgres/sql-executor';
import { PostgresReadModelStore } from './postgres-read-model-store';

/**
 * What the PostgreSQL adapter does for a projection's bulk writes, on whichever server it is given:
 * more documents in one putMany than one statement's parameters hold, and large documents
 * compressed the fastest way the server offers (lz4 where it is built with it).
 */
export function bulkWriteCases(open: () => Promise<{ sql: SqlExecutor; schema: string }>, compression: 'lz4' | 'pglz'): void {
  it('writes more documents in one putMany than one statement takes, each only over an older one', async () => {
    const { sql, schema } = await open();
    const store = await PostgresReadModelStore.open(sql, schema);
    // Three parameters a document: 22,000 of them would be past PostgreSQL's 65,535 in one statement.
    const docs = Array.from({ length: 22_000 }, (_, i) => ({ id: `d${i}`, doc: { n: i }, position: 10 }));
    expect(await store.putMany('bulk', docs)).toBe(22_000);
    expect(await store.putMany('bulk', docs.map((d) => ({ ...d, doc: { n: -1 }, position: d.id === 'd21999' ? 11 : 9 })))).toBe(1);
    expect(await store.count('bulk', {})).toBe(22_000);
    expect(await store.getMany('bulk', ['d0', 'd21999'])).toEqual([
      { _id: 'd0', _position: 10, n: 0 },
      { _id: 'd21999', _position: 11, n: -1 },
    ]);
  });

  it(`compresses the documents with ${compression}`, async () => {
    const { sql, schema } = await open();
    const store = await PostgresReadModelStore.open(sql, schema);
    const large = { notes: Array.from({ length: 200 }, (_, i) => `note ${i}: the returnee described it in their own words`) };
    await store.putMany('compressed', [{ id: 'c1', doc: large, position: 1 }]);
    const { rows } = await sql.query<{ method: string | null }>(`SELECT pg_column_compression(doc) AS method FROM ${schema}."rm_compressed"`);
    expect(rows).toEqual([{ method: compression }]);
    expect(await store.get('compressed', 'c1')).toEqual({ ...large, _id: 'c1', _position: 1 });
  });
}
