import { randomBytes } from 'node:crypto';
import { UnindexedQueryError } from '../readmodel/index-coverage';
import type { ReadModelIndex, ReadModelStore } from '../readmodel/read-model-store.port';

/** What the contract's queries need, declared as a projection declares its own. */
const INDEXES: ReadModelIndex[] = [
  { fields: ['status'] },
  { fields: ['status', 'rank'] },
  { fields: ['rank'] },
  { fields: ['region'] },
  { fields: ['workers'], multiValued: true },
];

interface Case {
  status: string;
  rank: number;
  region?: string | null;
}

/**
 * What every read-model store adapter must do. The store is opened once per suite; every
 * test writes to collections with a fresh random suffix, so runs against a long-lived
 * server neither collide nor need cleaning beforehand.
 */
export interface ReadModelStoreCapabilities {
  /**
   * Whether a conditional write is atomic under concurrency (MongoDB, PostgreSQL, memory). FerretDB v1
   * reads then writes, so two writers of one document at the same instant can still race; there the
   * one-runner-per-projection lease is what keeps writers apart.
   */
  atomicConditionalWrites: () => Promise<boolean>;
}

export function readModelStoreContract(name: string, open: () => Promise<ReadModelStore>, capabilities: Partial<ReadModelStoreCapabilities> = {}): void {
  describe(`ReadModelStore contract: ${name}`, () => {
    let store: ReadModelStore;
    const used: string[] = [];
    const collection = async (label = 'docs') => {
      const c = `contract_${label}_${randomBytes(5).toString('hex')}`;
      used.push(c);
      await store.declare(c, INDEXES);
      return c;
    };
    /** Puts cases a..e with ranks that sort differently as numbers than as strings. */
    const seed = async (c: string) => {
      const rows: Array<[string, Case]> = [
        ['a', { status: 'open', rank: 10 }],
        ['b', { status: 'closed', rank: 2 }],
        ['c', { status: 'open', rank: 33 }],
        ['d', { status: 'pending', rank: 4 }],
        ['e', { status: 'open', rank: 1 }],
      ];
      for (const [id, doc] of rows) await store.put(c, id, doc, 1);
    };
    const ids = (docs: Array<{ _id: string }>) => docs.map((d) => d._id);

    beforeAll(async () => {
      store = await open();
    });
    afterAll(async () => {
      if (!store) return;
      for (const c of used) await store.drop(c);
      await store.close();
    });

    it('answers ping', async () => {
      await expect(store.ping()).resolves.toBeUndefined();
    });

    it('reads back what was put, with its id and position', async () => {
      const c = await collection();
      await store.put(c, 'case-1', { status: 'open', rank: 3 }, 42);
      expect(await store.get<Case>(c, 'case-1')).toEqual({ _id: 'case-1', _position: 42, status: 'open', rank: 3 });
    });

    it('takes id and position from the arguments, not from a document read earlier', async () => {
      const c = await collection();
      await store.put(c, 'case-1', { status: 'open', rank: 1 }, 5);
      const read = await store.get<Case>(c, 'case-1');
      await store.put(c, 'case-1', { ...read!, status: 'closed' }, 9);
      expect(await store.get<Case>(c, 'case-1')).toEqual({ _id: 'case-1', _position: 9, status: 'closed', rank: 1 });
      expect(await store.count(c, {})).toBe(1);
    });

    it('accepts concurrent puts of the same new ids, leaving one whole document per id', async () => {
      const c = await collection();
      const ranks = Array.from({ length: 10 }, (_, i) => i + 1);
      const raced = ['r1', 'r2', 'r3', 'r4', 'r5'];
      await Promise.all(raced.flatMap((id) => ranks.map((rank) => store.put(c, id, { status: 'open', rank }, rank))));
      const docs = await store.find<Case>(c, {}, { sort: '_id' });
      expect(ids(docs)).toEqual(raced);
      for (const doc of docs) expect(doc._position).toBe(doc.rank);
      // Where conditional writes are atomic, the newest wins whatever order they land in.
      if (await (capabilities.atomicConditionalWrites?.() ?? Promise.resolve(true))) for (const doc of docs) expect(doc._position).toBe(10);
    });

    it('never lets a slow writer put an older document over a newer one, and says whether it wrote', async () => {
      const c = await collection();
      expect(await store.put(c, 'case-1', { status: 'closed', rank: 2 }, 20)).toBe(true);
      expect(await store.put(c, 'case-1', { status: 'open', rank: 1 }, 10)).toBe(false);
      expect(await store.put(c, 'case-1', { status: 'open', rank: 1 }, 20)).toBe(false);
      expect(await store.get<Case>(c, 'case-1')).toEqual({ _id: 'case-1', _position: 20, status: 'closed', rank: 2 });
      expect(await store.put(c, 'case-1', { status: 'reopened', rank: 3 }, 21)).toBe(true);
      expect((await store.get<Case>(c, 'case-1'))?.status).toBe('reopened');
    });

    it('sets a document that reflects no position whatever is stored', async () => {
      const c = await collection();
      await store.set(c, 'checkpoint', { status: 'at', rank: 50 });
      await store.set(c, 'checkpoint', { status: 'at', rank: 40 });
      expect(await store.get<Case>(c, 'checkpoint')).toMatchObject({ rank: 40 });
    });

    it('replaces the whole document: fields left out disappear', async () => {
      const c = await collection();
      await store.put(c, 'x', { status: 'open', rank: 1, region: 'Dakar' }, 1);
      await store.put(c, 'x', { status: 'open', rank: 2 }, 2);
      const doc = await store.get<Case>(c, 'x');
      expect(doc).toEqual({ _id: 'x', _position: 2, status: 'open', rank: 2 });
      expect(doc && 'region' in doc).toBe(false);
    });

    it('keeps nested objects, arrays, nulls and large positions intact', async () => {
      const c = await collection();
      const doc = {
        household: { head: { name: 'Awa', age: 41 }, members: [{ name: 'Moussa', tags: ['minor', 'school'] }] },
        visits: [1, 2.5, -3],
        flags: [true, false],
        closedAt: null,
        empty: { list: [], obj: {} },
      };
      await store.put(c, 'n', doc, 2 ** 40 + 7);
      expect(await store.get(c, 'n')).toEqual({ ...doc, _id: 'n', _position: 2 ** 40 + 7 });
    });

    it('does not store undefined fields as null', async () => {
      const c = await collection();
      await store.put(c, 'u', { status: 'open', rank: 1, region: undefined }, 1);
      expect((await store.get<Case>(c, 'u'))?.region).toBeUndefined();
    });

    it('returns null for an id never put, and for a collection never written', async () => {
      const c = await collection();
      await store.put(c, 'there', { status: 'open', rank: 1 }, 1);
      expect(await store.get(c, 'missing')).toBeNull();
      expect(await store.get(await collection('never'), 'there')).toBeNull();
    });

    it('removes one document and leaves the others; removing a missing id is no error', async () => {
      const c = await collection();
      await seed(c);
      await store.remove(c, 'b');
      await store.remove(c, 'not-there');
      expect(await store.get(c, 'b')).toBeNull();
      expect(ids(await store.find(c, {}, { sort: '_id' }))).toEqual(['a', 'c', 'd', 'e']);
    });

    it('finds by equality on one or more fields', async () => {
      const c = await collection();
      await seed(c);
      expect(ids(await store.find(c, { status: 'open' }, { sort: '_id' }))).toEqual(['a', 'c', 'e']);
      expect(ids(await store.find(c, { status: 'open', rank: 33 }))).toEqual(['c']);
      expect(await store.find(c, { status: 'archived' })).toEqual([]);
      const [found] = await store.find<Case>(c, { _id: 'd' });
      expect(found).toEqual({ _id: 'd', _position: 1, status: 'pending', rank: 4 });
    });

    it('matches a scalar filter value on an array field that contains it', async () => {
      const c = await collection();
      await store.put(c, 'both', { status: 'open', rank: 1, workers: ['u-1', 'u-2'] }, 1);
      await store.put(c, 'other', { status: 'open', rank: 2, workers: ['u-3'] }, 1);
      await store.put(c, 'none', { status: 'open', rank: 3, workers: [] }, 1);
      expect(ids(await store.find(c, { workers: 'u-2' }))).toEqual(['both']);
      expect(ids(await store.find(c, { workers: ['u-1', 'u-3'] }, { sort: '_id' }))).toEqual(['both', 'other']);
      expect(await store.count(c, { workers: 'u-9' })).toBe(0);
    });

    it('refuses keys containing "." or starting with "$" at any depth, and stores nothing', async () => {
      const c = await collection();
      for (const doc of [{ 'a.b': 1 }, { $set: 1 }, { byEmail: { 'awa@example.sn': 1 } }, { list: [{ $x: 1 }] }]) {
        await expect(store.put(c, 'bad', doc, 1)).rejects.toThrow();
      }
      expect(await store.get(c, 'bad')).toBeNull();
      await store.put(c, 'ok', { 'a-b_c d': 1, 'not$first': 2 }, 1);
      expect(await store.get(c, 'ok')).toMatchObject({ 'a-b_c d': 1, 'not$first': 2 });
    });

    it('treats an array value as "one of"', async () => {
      const c = await collection();
      await seed(c);
      expect(ids(await store.find(c, { status: ['closed', 'pending'] }, { sort: '_id' }))).toEqual(['b', 'd']);
      expect(ids(await store.find(c, { _id: ['e', 'a', 'zz'] }, { sort: '_id' }))).toEqual(['a', 'e']);
      expect(await store.find(c, { status: [] })).toEqual([]);
    });

    it('matches a null (or undefined) filter value on documents where the field is null or absent', async () => {
      const c = await collection();
      await store.put(c, 'set', { status: 'open', rank: 1, region: 'Thiès' }, 1);
      await store.put(c, 'null', { status: 'open', rank: 2, region: null }, 1);
      await store.put(c, 'absent', { status: 'open', rank: 3 }, 1);
      expect(ids(await store.find(c, { region: null }, { sort: '_id' }))).toEqual(['absent', 'null']);
      expect(ids(await store.find(c, { region: undefined }, { sort: '_id' }))).toEqual(['absent', 'null']);
    });

    it('sorts ascending and descending, numbers as numbers', async () => {
      const c = await collection();
      await seed(c);
      expect(ids(await store.find(c, {}, { sort: 'rank' }))).toEqual(['e', 'b', 'd', 'a', 'c']);
      expect(ids(await store.find(c, {}, { sort: '-rank' }))).toEqual(['c', 'a', 'd', 'b', 'e']);
      expect(ids(await store.find(c, { status: 'open' }, { sort: '-_id' }))).toEqual(['e', 'c', 'a']);
    });

    it('sorts documents lacking the sort field first ascending and last descending', async () => {
      const c = await collection();
      await store.put(c, 'with', { status: 'open', rank: 1, region: 'Dakar' }, 1);
      await store.put(c, 'without', { status: 'open', rank: 2 }, 1);
      expect(ids(await store.find(c, {}, { sort: 'region' }))).toEqual(['without', 'with']);
      expect(ids(await store.find(c, {}, { sort: '-region' }))).toEqual(['with', 'without']);
    });

    it('pages with skip and limit after sorting and filtering', async () => {
      const c = await collection();
      await seed(c);
      expect(ids(await store.find(c, {}, { sort: 'rank', limit: 2 }))).toEqual(['e', 'b']);
      expect(ids(await store.find(c, {}, { sort: 'rank', skip: 2, limit: 2 }))).toEqual(['d', 'a']);
      expect(ids(await store.find(c, {}, { sort: 'rank', skip: 4, limit: 2 }))).toEqual(['c']);
      expect(ids(await store.find(c, {}, { sort: 'rank', skip: 3 }))).toEqual(['a', 'c']);
      expect(ids(await store.find(c, { status: 'open' }, { sort: '-rank', skip: 1, limit: 1 }))).toEqual(['a']);
      expect(await store.find(c, {}, { sort: 'rank', skip: 9 })).toEqual([]);
    });

    it('returns nothing for limit 0 (not "no limit")', async () => {
      const c = await collection();
      await seed(c);
      expect(await store.find(c, {}, { limit: 0 })).toEqual([]);
    });

    it('counts matching documents', async () => {
      const c = await collection();
      await seed(c);
      expect(await store.count(c, {})).toBe(5);
      expect(await store.count(c, { status: 'open' })).toBe(3);
      expect(await store.count(c, { status: ['open', 'closed'] })).toBe(4);
      expect(await store.count(c, { status: 'archived' })).toBe(0);
      expect(await store.count(await collection('never'), {})).toBe(0);
    });

    it('drops one collection entirely and leaves the others', async () => {
      const dropped = await collection('dropped');
      const kept = await collection('kept');
      await seed(dropped);
      await seed(kept);
      await store.drop(dropped);
      expect(await store.count(dropped, {})).toBe(0);
      expect(await store.get(dropped, 'a')).toBeNull();
      expect(await store.count(kept, {})).toBe(5);
      await store.put(dropped, 'again', { status: 'open', rank: 1 }, 3);
      expect(ids(await store.find(dropped, {}))).toEqual(['again']);
    });

    it('refuses a query that no declared index serves, before reading anything', async () => {
      const c = await collection();
      await seed(c);
      await expect(store.find(c, { status: 'open', region: 'Dakar' })).rejects.toThrow(UnindexedQueryError);
      await expect(store.find(c, { status: 'open' }, { sort: 'region' })).rejects.toThrow(UnindexedQueryError);
      await expect(store.count(c, { region: 'Dakar', rank: 1 })).rejects.toThrow(UnindexedQueryError);
      const undeclared = `contract_undeclared_${randomBytes(5).toString('hex')}`;
      used.push(undeclared);
      await store.put(undeclared, 'a', { status: 'open', rank: 1 }, 1);
      await expect(store.find(undeclared, { status: 'open' })).rejects.toThrow(UnindexedQueryError);
      // Reading by id and listing everything need no index.
      expect(await store.get(undeclared, 'a')).toMatchObject({ status: 'open' });
      expect(await store.count(undeclared, {})).toBe(1);
    });

    it('answers the declared queries after a drop, as after a rebuild', async () => {
      const c = await collection();
      await seed(c);
      await store.drop(c);
      await seed(c);
      expect(ids(await store.find(c, { status: 'open' }, { sort: '-rank', limit: 2 }))).toEqual(['c', 'a']);
    });

    it('sorts equal values by id, so pages never overlap', async () => {
      const c = await collection();
      for (const id of ['k', 'f', 'x', 'b', 'q', 'm']) await store.put(c, id, { status: 'open', rank: 7 }, 1);
      const pages = [0, 2, 4].map((skip) => store.find(c, { status: 'open' }, { sort: 'rank', skip, limit: 2 }));
      expect((await Promise.all(pages)).flatMap(ids)).toEqual(['b', 'f', 'k', 'm', 'q', 'x']);
      const down = [0, 3].map((skip) => store.find(c, { status: 'open' }, { sort: '-rank', skip, limit: 3 }));
      expect((await Promise.all(down)).flatMap(ids)).toEqual(['x', 'q', 'm', 'k', 'f', 'b']);
    });

    it('drops a collection that does not exist without error', async () => {
      await expect(store.drop(await collection('never'))).resolves.toBeUndefined();
    });

    it('keeps collections apart: the same id in two collections is two documents', async () => {
      const one = await collection('one');
      const two = await collection('two');
      await store.put(one, 'same', { status: 'open', rank: 1 }, 1);
      await store.put(two, 'same', { status: 'closed', rank: 2 }, 2);
      await store.remove(two, 'same');
      expect(await store.get<Case>(one, 'same')).toMatchObject({ status: 'open', _position: 1 });
      expect(await store.get(two, 'same')).toBeNull();
      expect(await store.find(two, {})).toEqual([]);
    });

    it('hands out copies: changing a document put or read does not change the store', async () => {
      const c = await collection();
      const doc = { status: 'open', rank: 1, tags: ['a'] };
      await store.put(c, 'm', doc, 1);
      doc.tags.push('put-mutated');
      const got = await store.get<typeof doc>(c, 'm');
      got!.tags.push('get-mutated');
      got!.status = 'get-mutated';
      const [found] = await store.find<typeof doc>(c, {});
      found.tags.push('find-mutated');
      found._position = 99;
      expect(await store.get(c, 'm')).toEqual({ _id: 'm', _position: 1, status: 'open', rank: 1, tags: ['a'] });
    });
  });
}
