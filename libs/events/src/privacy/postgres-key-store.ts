import { assertIdentifier } from '../store/postgres/schema.sql';
import type { SqlExecutor } from '../store/postgres/sql-executor';
import { uuidv7 } from '../uuid';
import { randomBytesPooled } from '../random-pool';
import { KEY_CLASSES, KeyAccessRefused, PersonalDataErased, type DataKey, type DraftKey, type DraftingKeyStore, type KeyClass } from './key-store.port';
import type { CoWrite } from '../store/postgres/co-write';
import type { MasterKey } from './master-key';
import { ddlOnce } from '../store/postgres/ddl';
import { DestroyedKeys, type DestroyedKey } from './destroyed-keys';

/** Which key classes each role (a service) may use. A role missing here cannot open the store. */
export type KeyGrants = Readonly<Record<string, readonly KeyClass[]>>;

interface KeyRow {
  key_id: string;
  subject_id: string;
  key_class: KeyClass;
  wrapped: Buffer | Uint8Array | null;
}

/**
 * Data keys in a PostgreSQL schema of their own, wrapped by the master key: a stand-in for a KMS.
 * Unwrapped keys are kept in memory for the life of the process (one round trip per person, not
 * per event); destroying evicts them here, and other processes drop them when they read the erasure
 * event (`forget`) or at their next check of what was destroyed (at most a second later).
 */
export class PostgresKeyStore implements DraftingKeyStore {
  private readonly s: string;
  private readonly byId = new Map<string, Buffer>();
  private readonly bySubject = new Map<string, DataKey>();
  private readonly classes: ReadonlySet<KeyClass>;
  private destroyed!: DestroyedKeys;

  private constructor(
    private readonly sql: SqlExecutor,
    schema: string,
    private readonly master: MasterKey,
    private readonly role: string,
    grants: KeyGrants,
  ) {
    this.s = assertIdentifier(schema);
    const granted = grants[role];
    if (!granted) throw new KeyAccessRefused(`the key store is not configured for role "${role}" (configured: ${Object.keys(grants).join(', ')})`);
    this.classes = new Set(granted);
  }

  static async open(sql: SqlExecutor, schema: string, master: MasterKey, role: string, grants: KeyGrants): Promise<PostgresKeyStore> {
    const store = new PostgresKeyStore(sql, schema, master, role, grants);
    // Instances of every service open the one key schema at once.
    await ddlOnce(sql, `${store.s}.data_keys`, `CREATE SCHEMA IF NOT EXISTS ${store.s};
CREATE TABLE IF NOT EXISTS ${store.s}.data_keys (
  key_id uuid PRIMARY KEY,
  subject_id text NOT NULL,
  key_class text NOT NULL CONSTRAINT data_keys_key_class_check CHECK (key_class IN (${CLASS_LIST})),
  wrapped bytea,
  created_at timestamptz NOT NULL DEFAULT now(),
  destroyed_at timestamptz,
  CONSTRAINT data_keys_one_per_class UNIQUE (subject_id, key_class),
  CONSTRAINT data_keys_destroyed_hold_nothing CHECK ((wrapped IS NULL) = (destroyed_at IS NOT NULL))
);
${classesMigration(store.s)}`);
    store.destroyed = await DestroyedKeys.open(sql, `${store.s}.data_keys`);
    return store;
  }

  async keyFor(subjectId: string, keyClass: KeyClass): Promise<DataKey> {
    this.mayUse(keyClass);
    await this.evictDestroyed();
    const cached = this.bySubject.get(`${keyClass}:${subjectId}`);
    if (cached) return cached;
    const keyId = uuidv7();
    const fresh = randomBytesPooled(32);
    // One round trip whether the key is new or not: the insert yields nothing when the person has one already.
    const { rows } = await this.sql.query<KeyRow>(
      `WITH made AS (
  INSERT INTO ${this.s}.data_keys (key_id, subject_id, key_class, wrapped) VALUES ($1, $2, $3, $4)
  ON CONFLICT (subject_id, key_class) DO NOTHING
  RETURNING key_id, subject_id, key_class, wrapped
)
SELECT * FROM made
UNION ALL
SELECT key_id, subject_id, key_class, wrapped FROM ${this.s}.data_keys WHERE subject_id = $2 AND key_class = $3 AND NOT EXISTS (SELECT 1 FROM made)`,
      [keyId, subjectId, keyClass, this.master.wrap(fresh, bindingOf(keyId, subjectId, keyClass))],
    );
    const row = rows[0];
    if (!row?.wrapped) throw new PersonalDataErased(subjectId);
    // The key this call made needs no unwrapping.
    const key = { keyId: row.key_id, key: row.key_id === keyId ? fresh : this.unwrapRow(row) };
    this.bySubject.set(`${keyClass}:${subjectId}`, key);
    this.byId.set(key.keyId, key.key);
    return key;
  }

  draft(subjectId: string, keyClass: KeyClass): DataKey | DraftKey {
    this.mayUse(keyClass);
    return this.bySubject.get(`${keyClass}:${subjectId}`) ?? { keyId: uuidv7(), key: randomBytesPooled(32), subjectId, keyClass, draft: true };
  }

  storing(drafts: DraftKey[]): CoWrite {
    return {
      name: `keys_${this.s}`,
      // A person who has a key already (another instance made it) keeps it: the row is refused, and so the append.
      insert: (rows) => `INSERT INTO ${this.s}.data_keys (key_id, subject_id, key_class, wrapped)
SELECT (k->>'keyId')::uuid, k->>'subjectId', k->>'keyClass', decode(k->>'wrapped', 'base64') FROM jsonb_array_elements(${rows}) AS k
ON CONFLICT (subject_id, key_class) DO NOTHING RETURNING 1`,
      rows: drafts.map((d) => ({
        keyId: d.keyId,
        subjectId: d.subjectId,
        keyClass: d.keyClass,
        wrapped: this.master.wrap(d.key, bindingOf(d.keyId, d.subjectId, d.keyClass)).toString('base64'),
      })),
    };
  }

  adopt(drafts: DraftKey[]): void {
    for (const { keyId, key, subjectId, keyClass } of drafts) {
      this.bySubject.set(`${keyClass}:${subjectId}`, { keyId, key });
      this.byId.set(keyId, key);
    }
  }

  async unwrap(keyIds: string[]): Promise<Map<string, Buffer>> {
    await this.evictDestroyed();
    const found = new Map<string, Buffer>();
    const missing: string[] = [];
    for (const id of new Set(keyIds)) {
      const key = this.byId.get(id);
      if (key) found.set(id, key);
      else missing.push(id);
    }
    if (!missing.length) return found;
    const { rows } = await this.sql.query<KeyRow>(
      `SELECT key_id, subject_id, key_class, wrapped FROM ${this.s}.data_keys WHERE key_id = ANY($1::uuid[]) AND wrapped IS NOT NULL`,
      [missing],
    );
    for (const row of rows) {
      if (!this.classes.has(row.key_class)) continue;
      const key = this.unwrapRow(row);
      this.byId.set(row.key_id, key);
      found.set(row.key_id, key);
    }
    return found;
  }

  async destroy(subjectId: string): Promise<number> {
    const { rows } = await this.sql.query<{ key_id: string }>(
      `UPDATE ${this.s}.data_keys SET wrapped = NULL, destroyed_at = now() WHERE subject_id = $1 AND wrapped IS NOT NULL RETURNING key_id`,
      [subjectId],
    );
    for (const keyClass of KEY_CLASSES) this.bySubject.delete(`${keyClass}:${subjectId}`);
    for (const { key_id } of rows) this.byId.delete(key_id);
    return rows.length;
  }

  async forget(subjectId: string): Promise<void> {
    const { rows } = await this.sql.query<{ key_id: string }>(`SELECT key_id FROM ${this.s}.data_keys WHERE subject_id = $1`, [subjectId]);
    this.evict(rows.map((r) => ({ keyId: r.key_id, subjectId })));
  }

  mayOpen(keyClass: KeyClass): boolean {
    return this.classes.has(keyClass);
  }

  private async evictDestroyed(): Promise<void> {
    if (this.destroyed.due()) this.evict(await this.destroyed.recent());
  }

  private evict(keys: DestroyedKey[]): void {
    for (const { keyId, subjectId } of keys) {
      this.byId.delete(keyId);
      for (const keyClass of KEY_CLASSES) this.bySubject.delete(`${keyClass}:${subjectId}`);
    }
  }

  private mayUse(keyClass: KeyClass): void {
    if (!this.classes.has(keyClass)) throw new KeyAccessRefused(`role "${this.role}" may not use ${keyClass} keys`);
  }

  private unwrapRow(row: KeyRow): Buffer {
    return this.master.unwrap(Buffer.from(row.wrapped!), bindingOf(row.key_id, row.subject_id, row.key_class));
  }
}

const CLASS_LIST = KEY_CLASSES.map((c) => `'${c}'`).join(', ');

/**
 * A key schema made before a class was added still checks for the old list: its check is replaced,
 * once (it says every class afterwards), so keys of the new class can go in. The constraint's name is
 * the one PostgreSQL gave the column's check when the table was first made.
 */
const classesMigration = (schema: string) => `DO $migrate$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = '${schema}.data_keys'::regclass AND conname = 'data_keys_key_class_check'
                 AND ${KEY_CLASSES.map((c) => `pg_get_constraintdef(oid) LIKE '%''${c}''%'`).join(' AND ')}) THEN
    ALTER TABLE ${schema}.data_keys DROP CONSTRAINT IF EXISTS data_keys_key_class_check;
    ALTER TABLE ${schema}.data_keys ADD CONSTRAINT data_keys_key_class_check CHECK (key_class IN (${CLASS_LIST}));
  END IF;
END $migrate$;`;

const bindingOf = (keyId: string, subjectId: string, keyClass: KeyClass) => `${keyId}|${subjectId}|${keyClass}`;
