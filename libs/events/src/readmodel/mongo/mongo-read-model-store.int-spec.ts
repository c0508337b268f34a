import { readModelStoreContract } from '../../testing/read-model-store.contract';
import { requireEnv } from '../../testing/require-env';
import { MongoReadModelStore } from './mongo-read-model-store';

const url = requireEnv('HOMEWARD_MONGO_URL');

// A database of its own; the contract's random collection names keep runs apart.
readModelStoreContract('MongoDB wire (FerretDB in local runs)', () => MongoReadModelStore.connect(url, { dbName: 'homeward_contract' }), {
  atomicConditionalWrites: async () => {
    const store = await MongoReadModelStore.connect(url, { dbName: 'homeward_contract' });
    try {
      return !(await store.isFerretDb());
    } finally {
      await store.close();
    }
  },
});
