import { readModelStoreContract } from '../testing/read-model-store.contract';
import { assertStorableKeys, InMemoryReadModelStore } from './in-memory-read-model-store';

readModelStoreContract('in memory (embedded)', async () => new InMemoryReadModelStore());

describe('Storable keys', () => {
  it('names where in the document a refused key is', () => {
    expect(() => assertStorableKeys({ case: { list: [{ ok: 1 }, { $x: 1 }] } })).toThrow(/: case\.list\.1\.\$x$/);
    expect(() => assertStorableKeys({ byEmail: { 'awa@example.sn': 1 } })).toThrow(/: byEmail\.awa@example\.sn$/);
    expect(() => assertStorableKeys({ at: new Date(0), list: [null, 'a.b', { 'not$first': 2 }] })).not.toThrow();
  });
});
