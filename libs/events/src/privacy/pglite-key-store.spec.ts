import { keyStoreContract } from '../testing/key-store.contract';
import { pgliteExecutor } from '../store/postgres/drivers';

keyStoreContract('PGlite (embedded)', async () => ({ sql: await pgliteExecutor(), schema: 'keys' }));
