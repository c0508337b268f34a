import { readModelStoreContract } from '../testing/read-model-store.contract';
import { InMemoryReadModelStore } from './in-memory-read-model-store';

readModelStoreContract('in memory (embedded)', async () => new InMemoryReadModelStore());
