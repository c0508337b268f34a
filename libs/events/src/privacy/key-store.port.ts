/**
 * A person's data keys. Each person has one key per class: `personal` (identity, contact,
 * language, family, what was said) that the services of the case may unwrap, and `sensitive`
 * (health, disability, sexual orientation, trafficking and violence) that only the services
 * allowed to may. Destroying a person's keys is erasure: what was sealed under them stays in
 * the history, unreadable.
 */
export type KeyClass = 'personal' | 'sensitive';
export const KEY_CLASSES: readonly KeyClass[] = ['personal', 'sensitive'];

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
