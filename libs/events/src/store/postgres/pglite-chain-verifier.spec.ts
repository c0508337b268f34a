import { chainVerifierContract } from '../../testing/chain-verifier.contract';
import { pgliteExecutor } from './drivers';

// PGlite runs as its superuser, so the tests may disable the append-only triggers as an intruder would.
chainVerifierContract('PGlite (embedded)', async () => ({ sql: await pgliteExecutor(), schema: 'chained' }));
