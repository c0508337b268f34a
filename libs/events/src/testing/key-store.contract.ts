import { randomUUID } from 'node:crypto';
import { KeyAccessRefused } from '../privacy/key-store.port';
import { MasterKey } from '../privacy/master-key';
import { PostgresKeyStore, type KeyGrants } from '../privacy/postgres-key-store';
import type { SqlExecutor } from '../store/postgres/sql-executor';

const GRANTS: KeyGrants = { intake: ['personal', 'sensitive'], referrals: ['personal', 'protection'], monitoring: ['personal'] };

/** The key store on a PostgreSQL (embedded or server): `open` gives a connection and a schema of the test's own. */
export function keyStoreContract(name: string, open: () => Promise<{ sql: SqlExecutor; schema: string; drop?: () => Promise<void> }>): void {
  describe(`KeyStore contract: ${name}`, () => {
    let sql: SqlExecutor;
    let schema: string;
    let drop: (() => Promise<void>) | undefined;
    const master = MasterKey.parse(MasterKey.generate());
    const store = (role: string, key = master) => PostgresKeyStore.open(sql, schema, key, role, GRANTS);
    const person = () => `case-${randomUUID()}`;

    beforeAll(async () => ({ sql, schema, drop } = await open()));
    afterAll(async () => {
      await drop?.();
      await sql.close();
    });

    it('makes a person one key per class, and every instance of every service finds the same one', async () => {
      const [intake, again, monitoring] = [await store('intake'), await store('intake'), await store('monitoring')];
      const awa = person();
      const key = await intake.keyFor(awa, 'personal');
      expect(key.key).toHaveLength(32);
      expect(await again.keyFor(awa, 'personal')).toEqual(key);
      expect((await monitoring.unwrap([key.keyId])).get(key.keyId)).toEqual(key.key);
      const sensitive = await intake.keyFor(awa, 'sensitive');
      expect(sensitive.keyId).not.toBe(key.keyId);
      expect((await intake.keyFor(person(), 'personal')).keyId).not.toBe(key.keyId);
    });

    it('stores the key wrapped: the row holds neither the key nor anything that opens without the master key', async () => {
      const intake = await store('intake');
      const key = await intake.keyFor(person(), 'personal');
      const { rows } = await sql.query<{ wrapped: Uint8Array }>(`SELECT wrapped FROM ${schema}.data_keys WHERE key_id = $1`, [key.keyId]);
      expect(Buffer.from(rows[0].wrapped).includes(key.key)).toBe(false);
      const otherMaster = await store('monitoring', MasterKey.parse(MasterKey.generate()));
      await expect(otherMaster.unwrap([key.keyId])).rejects.toThrow();
    });

    it('lets only the roles granted sensitive keys use them, and refuses a role it was not configured for', async () => {
      const [intake, monitoring] = [await store('intake'), await store('monitoring')];
      const awa = person();
      const sensitive = await intake.keyFor(awa, 'sensitive');
      expect((await monitoring.unwrap([sensitive.keyId])).has(sensitive.keyId)).toBe(false);
      await expect(monitoring.keyFor(awa, 'sensitive')).rejects.toThrow(KeyAccessRefused);
      await expect(store('data_team')).rejects.toThrow(/not configured for role "data_team"/);
    });

    it("keeps each keeper's sensitive class its own: referrals opens not intake's sensitive key, nor intake referrals' protection key", async () => {
      const [intake, referrals] = [await store('intake'), await store('referrals')];
      const awa = person();
      const [personal, sensitive, protection] = [await intake.keyFor(awa, 'personal'), await intake.keyFor(awa, 'sensitive'), await referrals.keyFor(awa, 'protection')];
      expect(new Set([personal.keyId, sensitive.keyId, protection.keyId]).size).toBe(3);
      expect([...(await referrals.unwrap([personal.keyId, sensitive.keyId, protection.keyId])).keys()].sort()).toEqual([personal.keyId, protection.keyId].sort());
      expect([...(await intake.unwrap([personal.keyId, sensitive.keyId, protection.keyId])).keys()].sort()).toEqual([personal.keyId, sensitive.keyId].sort());
      await expect(referrals.keyFor(awa, 'sensitive')).rejects.toThrow(KeyAccessRefused);
      await expect(intake.keyFor(awa, 'protection')).rejects.toThrow(KeyAccessRefused);
      // An erasure, requested in intake, destroys the keys of every class, referrals' too.
      expect(await intake.destroy(awa)).toBe(3);
      const later = await store('referrals');
      expect((await later.unwrap([protection.keyId])).size).toBe(0);
      await expect(later.keyFor(awa, 'protection')).rejects.toThrow(/erased/);
    });

    it('takes keys of a class added since its schema was made: the old check is replaced at open', async () => {
      const old = `${schema}_before`;
      await sql.exec(`CREATE SCHEMA ${old}; CREATE TABLE ${old}.data_keys (key_id uuid PRIMARY KEY, subject_id text NOT NULL,
        key_class text NOT NULL CHECK (key_class IN ('personal', 'sensitive')), wrapped bytea, created_at timestamptz NOT NULL DEFAULT now(),
        destroyed_at timestamptz, CONSTRAINT data_keys_one_per_class UNIQUE (subject_id, key_class),
        CONSTRAINT data_keys_destroyed_hold_nothing CHECK ((wrapped IS NULL) = (destroyed_at IS NOT NULL)))`);
      const referrals = await PostgresKeyStore.open(sql, old, master, 'referrals', GRANTS);
      expect((await referrals.keyFor(person(), 'protection')).key).toHaveLength(32);
      await PostgresKeyStore.open(sql, old, master, 'referrals', GRANTS);
      await sql.exec(`DROP SCHEMA ${old} CASCADE`);
    });

    it('destroys every key of a person, for every instance: nothing unwraps, nothing new is sealed for her', async () => {
      const [intake, monitoring] = [await store('intake'), await store('monitoring')];
      const awa = person();
      const keys = [await intake.keyFor(awa, 'personal'), await intake.keyFor(awa, 'sensitive')];
      const other = await intake.keyFor(person(), 'personal');
      expect(await intake.destroy(awa)).toBe(2);
      expect((await intake.unwrap(keys.map((k) => k.keyId))).size).toBe(0);
      expect((await monitoring.unwrap([keys[0].keyId, other.keyId])).has(other.keyId)).toBe(true);
      expect((await (await store('intake')).unwrap([keys[0].keyId])).size).toBe(0);
      await expect(intake.keyFor(awa, 'personal')).rejects.toThrow(/erased/);
      expect(await intake.destroy(awa)).toBe(0);
    });
  });
}
