import { randomBytes } from 'node:crypto';
import { pgExecutor } from '../store/postgres/drivers';
import { accessLogContract } from '../testing/access-log.contract';
import { requireEnv } from '../testing/require-env';

accessLogContract('PostgreSQL', async () => {
  const sql = await pgExecutor(requireEnv('HOMEWARD_PG_URL'), 2);
  const schema = `access_${randomBytes(4).toString('hex')}`;
  return { sql, schema, drop: () => sql.exec(`DROP SCHEMA ${schema} CASCADE`).then(() => undefined) };
});
