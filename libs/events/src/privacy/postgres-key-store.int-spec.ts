import { randomBytes } from 'node:crypto';
import { keyStoreContract } from '../testing/key-store.contract';
import { requireEnv } from '../testing/require-env';
import { pgExecutor } from '../store/postgres/drivers';

keyStoreContract('PostgreSQL', async () => {
  const sql = await pgExecutor(requireEnv('HOMEWARD_PG_URL'), 2);
  const schema = `keys_${randomBytes(4).toString('hex')}`;
  return { sql, schema, drop: () => sql.exec(`DROP SCHEMA ${schema} CASCADE`).then(() => undefined) };
});
