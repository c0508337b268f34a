/** A read-model document as stored: the projection's fields plus the last position applied. */
export type Stored<T> = T & { _id: string; _position: number };

export interface FindOptions {
  limit?: number;
  skip?: number;
  /** Field to sort on, ascending; prefix with '-' for descending. */
  sort?: string;
}

/**
 * Disposable query-side storage. Writes are single-document upserts, so it runs on
 * MongoDB, FerretDB (no multi-document transactions) and in memory alike.
 */
export interface ReadModelStore {
  get<T>(collection: string, id: string): Promise<Stored<T> | null>;
  /**
   * Writes the whole document with the position it reflects, unless the stored one reflects
   * a later position: a slow writer never puts an older document over a newer one. Resolves
   * whether it wrote.
   */
  put<T>(collection: string, id: string, doc: T, position: number): Promise<boolean>;
  /** Writes a document that reflects no position of the log (a checkpoint, say), whatever is stored. */
  set<T>(collection: string, id: string, doc: T): Promise<void>;
  remove(collection: string, id: string): Promise<void>;
  /** Equality on top-level fields; an array value means "one of". */
  find<T>(collection: string, filter: Record<string, unknown>, options?: FindOptions): Promise<Array<Stored<T>>>;
  count(collection: string, filter: Record<string, unknown>): Promise<number>;
  drop(collection: string): Promise<void>;
  ping(): Promise<void>;
  close(): Promise<void>;
}

export const READ_MODEL_STORE = Symbol('READ_MODEL_STORE');
