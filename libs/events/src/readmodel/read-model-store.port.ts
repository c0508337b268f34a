/** A read-model document as stored: the projection's fields plus the last position applied. */
export type Stored<T> = T & { _id: string; _position: number };

export interface FindOptions {
  limit?: number;
  skip?: number;
  /** Field to sort on, ascending; prefix with '-' for descending. */
  sort?: string;
}

/**
 * An index a read model declares for the queries it answers: equality on the leading fields,
 * then sorting on the next one. A field holding a list of values (the case managers of a
 * case, say) is `multiValued`: it is matched by "contains", and indexed alone.
 */
export interface ReadModelIndex {
  fields: string[];
  unique?: boolean;
  multiValued?: boolean;
}

/**
 * Disposable query-side storage. Writes are single-document upserts, so it runs on
 * MongoDB, FerretDB (no multi-document transactions) and in memory alike.
 */
export interface ReadModelStore {
  /** Creates the collection's indexes (again after a drop); a query no declared index serves is refused where the adapter can tell. */
  declare(collection: string, indexes: ReadModelIndex[]): Promise<void>;
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
