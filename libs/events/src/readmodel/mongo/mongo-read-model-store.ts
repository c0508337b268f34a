import type { Connection, mongo } from 'mongoose';
import { assertStorableKeys } from '../in-memory-read-model-store';
import { assertIndexed } from '../index-coverage';
import type { FindOptions, PositionedDoc, ReadModelIndex, ReadModelStore, Stored } from '../read-model-store.port';

type Doc = { _id: string; _position: number } & Record<string, unknown>;

/** Enough for every writer of one id racing at once (each round one of them wins). */
const PUT_ATTEMPTS = 20;

export interface MongoReadModelStoreOptions {
  /** Overrides the database named in the URL, so services sharing one server keep apart. */
  dbName?: string;
}

/**
 * Read models on a MongoDB-wire server (MongoDB, or FerretDB v1). Uses only single-document
 * writes and plain finds, the subset FerretDB v1 supports (no transactions, no $lookup).
 */
export class MongoReadModelStore implements ReadModelStore {
  private readonly declared = new Map<string, ReadModelIndex[]>();

  private constructor(private readonly connection: Connection) {}

  static async connect(url: string, options: MongoReadModelStoreOptions = {}): Promise<MongoReadModelStore> {
    // A connection of its own, not mongoose's global one: several services in one process
    // (tests, embedded mode) each keep their own database. Loaded here, not on import: embedded mode,
    // which never connects, does not carry the driver (a quarter of a second and 30 MB at start).
    const { default: mongoose } = await import('mongoose');
    const connection = mongoose.createConnection(url, {
      dbName: options.dbName,
      serverSelectionTimeoutMS: 5000,
      // Without buffering a down server surfaces as an error instead of a silent queue.
      bufferCommands: false,
      // Undefined fields disappear, as in JSON and the in-memory store, instead of becoming null.
      ignoreUndefined: true,
    });
    await connection.asPromise();
    return new MongoReadModelStore(connection);
  }

  async declare(collection: string, indexes: ReadModelIndex[]): Promise<void> {
    this.declared.set(collection, indexes);
    await this.createIndexes(collection);
  }

  private async createIndexes(collection: string): Promise<void> {
    for (const index of this.declared.get(collection) ?? []) {
      const keys = Object.fromEntries(index.fields.map((f) => [f, 1 as const]));
      // The id ends every index, as on PostgreSQL: equal values sort by id, so pages never overlap.
      if (!index.unique && !index.multiValued && !('_id' in keys)) keys._id = 1;
      await this.col(collection).createIndex(keys, { unique: index.unique });
    }
  }

  async get<T>(collection: string, id: string): Promise<Stored<T> | null> {
    return (await this.col(collection).findOne({ _id: id })) as Stored<T> | null;
  }

  async put<T>(collection: string, id: string, doc: T, position: number): Promise<boolean> {
    // Checked here too: real MongoDB accepts some such keys that FerretDB refuses.
    assertStorableKeys(doc);
    const replacement = { ...(doc as Record<string, unknown>), _id: id, _position: position };
    for (let attempt = 0; ; attempt++) {
      try {
        // Only over an older document; with none, the upsert inserts. A newer one makes the
        // filter miss and the upsert's insert clash on _id: not written.
        const result = await this.col(collection).replaceOne({ _id: id, _position: { $lt: position } }, replacement, { upsert: true });
        return result.modifiedCount + result.upsertedCount > 0 || result.matchedCount > 0;
      } catch (error) {
        if (!isDuplicateKey(error)) throw error;
        // Either a newer document is there, or upserts of a new id raced: ask which, and try again while ours is newer.
        const stored = await this.col(collection).findOne({ _id: id }, { projection: { _position: 1 } });
        if ((!stored || stored._position < position) && attempt < PUT_ATTEMPTS) continue;
        return false;
      }
    }
  }

  async getMany<T>(collection: string, ids: string[]): Promise<Array<Stored<T>>> {
    if (ids.length === 0) return [];
    return (await this.col(collection).find({ _id: { $in: ids } }).toArray()) as Array<Stored<T>>;
  }

  /**
   * Concurrent single-document puts, not a bulkWrite: FerretDB v1 stops an unordered bulk write at
   * its first clash and reports nothing done, and no MongoDB server runs here to test the bulk path.
   */
  async putMany<T>(collection: string, docs: Array<PositionedDoc<T>>): Promise<number> {
    docs.forEach((d) => assertStorableKeys(d.doc));
    return (await Promise.all(docs.map(({ id, doc, position }) => this.put(collection, id, doc, position)))).filter(Boolean).length;
  }

  async set<T>(collection: string, id: string, doc: T): Promise<void> {
    assertStorableKeys(doc);
    await this.col(collection).replaceOne({ _id: id }, { ...(doc as Record<string, unknown>), _id: id, _position: 0 }, { upsert: true });
  }

  async remove(collection: string, id: string): Promise<void> {
    await this.col(collection).deleteOne({ _id: id });
  }

  async find<T>(collection: string, filter: Record<string, unknown>, options: FindOptions = {}): Promise<Array<Stored<T>>> {
    assertIndexed(collection, this.declared.get(collection), filter, options.sort);
    // The driver reads limit 0 as "no limit"; the port means none.
    if (options.limit === 0) return [];
    const cursor = this.col(collection).find(toQuery(filter), {
      sort: options.sort ? toSort(options.sort) : undefined,
      skip: options.skip,
      limit: options.limit,
    });
    return (await cursor.toArray()) as Array<Stored<T>>;
  }

  async count(collection: string, filter: Record<string, unknown>): Promise<number> {
    assertIndexed(collection, this.declared.get(collection), filter);
    return this.col(collection).countDocuments(toQuery(filter));
  }

  async drop(collection: string): Promise<void> {
    try {
      await this.col(collection).drop();
    } catch (error) {
      if (!isNamespaceNotFound(error)) throw error;
    }
    // A rebuilt read model answers the same queries: its indexes come back with it.
    await this.createIndexes(collection);
  }

  /** FerretDB answers the MongoDB wire protocol but is not MongoDB: it says so in its build info. */
  async isFerretDb(): Promise<boolean> {
    const info = await this.connection.db!.admin().command({ buildInfo: 1 });
    return 'ferretdb' in info || JSON.stringify(info).toLowerCase().includes('ferretdb');
  }

  async ping(): Promise<void> {
    await this.connection.db!.admin().command({ ping: 1 });
  }

  async close(): Promise<void> {
    await this.connection.close();
  }

  private col(name: string) {
    return this.connection.collection<Doc>(name);
  }
}

/**
 * Explicit $eq/$in so a value that happens to be an object (say, from a parsed query string)
 * is compared as data and never read as an operator.
 */
function toQuery(filter: Record<string, unknown>): mongo.Filter<Doc> {
  const query: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(filter)) {
    if (field.startsWith('$')) throw new Error(`read-model filter field must not start with '$': ${field}`);
    // undefined would vanish under ignoreUndefined and match everything; the port means "absent".
    query[field] = Array.isArray(value) ? { $in: value.map((v) => v ?? null) } : { $eq: value ?? null };
  }
  return query as mongo.Filter<Doc>;
}

function toSort(sort: string): Record<string, 1 | -1> {
  const [field, direction] = sort.startsWith('-') ? [sort.slice(1), -1 as const] : [sort, 1 as const];
  return field === '_id' ? { _id: direction } : { [field]: direction, _id: direction };
}

function errorCode(error: unknown): number | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return code === undefined ? undefined : Number(code);
}

function isDuplicateKey(error: unknown): boolean {
  return errorCode(error) === 11000;
}

function isNamespaceNotFound(error: unknown): boolean {
  return errorCode(error) === 26 || /ns not found/i.test(String((error as Error | null)?.message));
}
