import { pgliteExecutor } from '../store/postgres/drivers';
import { accessLogContract } from '../testing/access-log.contract';

accessLogContract('PGlite (embedded)', async () => ({ sql: await pgliteExecutor(), schema: 'intake' }));
