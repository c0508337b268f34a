import { spawn } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import { pgExecutor } from '../store/postgres/drivers';
import { PostgresEventStore } from '../store/postgres/postgres-event-store';
import { requireEnv } from '../testing/require-env';
import { MasterKey } from './master-key';
import { PostgresKeyStore } from './postgres-key-store';
import { SealingEventStore } from './sealing-event-store';

const ROOT = resolve(__dirname, '../../../..');

/** Runs the dying writer and kills it (SIGKILL) as soon as it starts its append. */
function writeKeyThenDie(url: string, schema: string, master: string, subject: string): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn('node', ['-r', '@swc-node/register', 'tools/testing/seal-then-die.ts', url, schema, master, subject], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
    child.stdout.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('appending')) child.kill('SIGKILL');
    });
    child.on('exit', (_code, signal) => (signal === 'SIGKILL' ? done() : fail(new Error(`the writer ended by itself (${signal ?? _code})`))));
  });
}

describe('A person’s key is committed before the first event sealed under it (real PostgreSQL, a process killed in between)', () => {
  const url = requireEnv('HOMEWARD_PG_URL');
  const suffix = randomBytes(4).toString('hex');
  const [keySchema, eventSchema] = [`keys_${suffix}`, `sealed_${suffix}`];
  const master = MasterKey.generate();

  afterAll(async () => {
    const sql = await pgExecutor(url, 1);
    await sql.exec(`DROP SCHEMA IF EXISTS ${keySchema} CASCADE; DROP SCHEMA IF EXISTS ${eventSchema} CASCADE;`);
    await sql.close();
  });

  it('leaves the key and no event when killed between the two; the next writer seals under that same key', async () => {
    const subject = randomUUID();
    await writeKeyThenDie(url, keySchema, master, subject);

    const sql = await pgExecutor(url, 2);
    try {
      const stored = await sql.query<{ key_id: string }>(`SELECT key_id FROM ${keySchema}.data_keys WHERE subject_id = $1`, [subject]);
      expect(stored.rows).toHaveLength(1);

      const keys = await PostgresKeyStore.open(sql, keySchema, MasterKey.parse(master), 'intake', { intake: ['personal'] });
      const events = await PostgresEventStore.open(sql, eventSchema);
      const store = new SealingEventStore(events, keys, { keyClassOf: () => 'personal', erases: () => false });
      expect(await events.readStream(`case-${subject}`)).toEqual([]);
      const personal = { firstName: 'Ndeye' };
      await store.appendToStream(`case-${subject}`, [{ type: 'test.Noted', occurredAt: new Date().toISOString(), actor: { userId: 'u', role: 'case_manager' }, country: 'SN', correlationId: 'c', data: { personal } }], { expectedVersion: 0 });
      const [sealed] = await events.readStream(`case-${subject}`);
      expect((sealed.data.personal as { $sealed: { keyId: string } }).$sealed.keyId).toBe(stored.rows[0].key_id);
      expect((await store.readStream(`case-${subject}`))[0].data.personal).toEqual(personal);
    } finally {
      await sql.close();
    }
  }, 60_000);
});
