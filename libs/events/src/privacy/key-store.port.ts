import type { CoWrite } from '../store/postgres/co-write';
import type { KeyClass } from '../catalogue/key-class';

/**
 * A person's data keys. Each person has one key per class (catalogue/key-class.ts): `personal`
 * that the services of the case may unwrap, and a sensitive class per context that keeps such data
 * (intake's `sensitive`, referrals' `protection`) that only the service granted it may. Destroying
 * a person's keys, of every class, is erasure: what was sealed under them stays in the history, unreadable.
 */
export { KEY_CLASSES, type KeyClass, type SensitiveKeyClass } from '../catalogue/key-class';

export interface DataKey {
  keyId: string;
  /** 32 bytes, AES-256. */
  key: Buffer;
}

export interface KeyStore {
  /** The person's key of this class, made and stored (before it is used) on first need. */
  keyFor(subjectId: string, keyClass: KeyClass): Promise<DataKey>;
  /**
   * The keys of these ids that this store's role may unwrap. A destroyed key is absent; so is one
   * of a class the role may not unwrap (its sealed data stays sealed for this service).
   */
  unwrap(keyIds: string[]): Promise<Map<string, Buffer>>;
  /** Destroys every key of the person; resolves how many there were. Irreversible. */
  destroy(subjectId: string): Promise<number>;
  /** Drops what this process holds of the person's keys, which another one destroyed. */
  forget(subjectId: string): Promise<void>;
  /** Whether this store's role may unwrap keys of the class: a part under such a key that does not open was erased. */
  mayOpen(keyClass: KeyClass): boolean;
}

/** The key store was opened for a role its configuration does not know, or asked for what the role may not do. */
export class KeyAccessRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'KeyAccessRefused';
  }
}

/**
 * The person's keys were destroyed (erasure): nothing personal can be sealed about them any more.
 * A write that carries their words meets this, in any service, until that service has learnt of the
 * erasure itself; the API answers it as the conflict it is, not as a crash.
 */
export class PersonalDataErased extends KeyAccessRefused {
  readonly code = 'PERSONAL_DATA_ERASED';

  constructor(readonly subjectId: string) {
    super(`the personal data of ${subjectId} was erased: nothing more is kept about this person`);
    this.name = 'PersonalDataErased';
  }
}

/** A person's key made by this process and not stored yet: it is stored by the first append sealed under it. */
export interface DraftKey extends DataKey {
  subjectId: string;
  keyClass: KeyClass;
  draft: true;
}

/**
 * A key store in the event store's own database: a new person's key goes in with the first event
 * sealed under it, by the append's own statement (one transaction, no round trip of its own), so no
 * committed event ever lacks its key.
 */
export interface DraftingKeyStore extends KeyStore {
  /** The person's key if this process holds it already; else a new one, not stored. */
  draft(subjectId: string, keyClass: KeyClass): DataKey | DraftKey;
  /** The write that stores these drafts, for the append's transaction. */
  storing(drafts: DraftKey[]): CoWrite;
  /** The append that stored them committed: they are the persons' keys from now on. */
  adopt(drafts: DraftKey[]): void;
}

export const isDraft = (key: DataKey): key is DraftKey => (key as Partial<DraftKey>).draft === true;
export const drafts = (keys: KeyStore): keys is DraftingKeyStore => typeof (keys as Partial<DraftingKeyStore>).draft === 'function';
