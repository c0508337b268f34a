import { randomBytes } from 'node:crypto';
import { chainVerifierContract } from '../../testing/chain-verifier.contract';
import { requireEnv } from '../../testing/require-env';
import { pgExecutor } from './drivers';

// The PostgreSQL from infra/ runs with its application role as bootstrap superuser, which may disable triggers.
chainVerifierContract('PostgreSQL', async () => {
  const sql = await pgExecutor(requireEnv('HOMEWARD_PG_URL'), 2);
  const schema = `chain_${randomBytes(4).toString('hex')}`;
  return { sql, schema, drop: () => sql.exec(`DROP SCHEMA ${schema} CASCADE`).then(() => undefined) };
});
