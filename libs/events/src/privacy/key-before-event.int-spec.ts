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

/** Runs a dying writer (tools/testing/seal-then-die.ts) and kills it (SIGKILL) `afterMs` after it says it is appending. */
function writeThenDie(args: string[], afterMs = 0): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn('node', ['-r', '@swc-node/register', 'tools/testing/seal-then-die.ts', ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
    child.stdout.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('appending')) setTimeout(() => child.kill('SIGKILL'), afterMs);
    });
    child.on('exit', (_code, signal) => (signal === 'SIGKILL' ? done() : fail(new Error(`the writer ended by itself (${signal ?? _code})`))));
  });
}

describe('No committed event lacks its key (real PostgreSQL, a writing process killed)', () => {
  const url = requireEnv('HOMEWARD_PG_URL');
  const suffix = randomBytes(4).toString('hex');
  const [keySchema, eventSchema] = [`keys_${suffix}`, `sealed_${suffix}`];
  const master = MasterKey.generate();

  afterAll(async () => {
    const sql = await pgExecutor(url, 1);
    await sql.exec(`DROP SCHEMA IF EXISTS ${keySchema} CASCADE; DROP SCHEMA IF EXISTS ${eventSchema} CASCADE;`);
    await sql.close();
  });

  it('key stored first (no drafts): killed between the two, it leaves the key and no event; the next writer seals under that same key', async () => {
    const subject = randomUUID();
    await writeThenDie(['key-first', url, keySchema, master, subject]);

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

  it('key stored by the first append itself: killed amid appends for new persons, every committed event has its key', async () => {
    const events = `${eventSchema}_drafted`;
    await writeThenDie(['drafted', url, keySchema, master, events], 150);
    const sql = await pgExecutor(url, 1);
    try {
      const { rows } = await sql.query<{ events: string; keyless: string }>(
        `SELECT count(*) AS events, count(*) FILTER (WHERE k.key_id IS NULL) AS keyless
           FROM ${events}.events e LEFT JOIN ${keySchema}.data_keys k ON k.key_id = (e.personal->'$sealed'->>'keyId')::uuid`,
      );
      expect(Number(rows[0].events)).toBeGreaterThan(20);
      expect(Number(rows[0].keyless)).toBe(0);
    } finally {
      await sql.exec(`DROP SCHEMA IF EXISTS ${events} CASCADE`);
      await sql.close();
    }
  }, 60_000);
});
