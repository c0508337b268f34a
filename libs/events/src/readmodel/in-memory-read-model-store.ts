import type { FindOptions, ReadModelStore, Stored } from './read-model-store.port';

/** Embedded mode's read models: rebuilt from the event store at every start. */
export class InMemoryReadModelStore implements ReadModelStore {
  private readonly collections = new Map<string, Map<string, Stored<unknown>>>();

  async get<T>(collection: string, id: string): Promise<Stored<T> | null> {
    const doc = this.col(collection).get(id);
    return doc ? (structuredClone(doc) as Stored<T>) : null;
  }

  async put<T>(collection: string, id: string, doc: T, position: number): Promise<void> {
    this.col(collection).set(id, structuredClone({ ...doc, _id: id, _position: position }));
  }

  async remove(collection: string, id: string): Promise<void> {
    this.col(collection).delete(id);
  }

  async find<T>(collection: string, filter: Record<string, unknown>, options: FindOptions = {}): Promise<Array<Stored<T>>> {
    let docs = [...this.col(collection).values()].filter((d) => matches(d as Record<string, unknown>, filter));
    if (options.sort) {
      const desc = options.sort.startsWith('-');
      const field = desc ? options.sort.slice(1) : options.sort;
      docs.sort((a, b) => compare((a as never)[field], (b as never)[field]) * (desc ? -1 : 1));
    }
    docs = docs.slice(options.skip ?? 0, options.limit === undefined ? undefined : (options.skip ?? 0) + options.limit);
    return structuredClone(docs) as Array<Stored<T>>;
  }

  async count(collection: string, filter: Record<string, unknown>): Promise<number> {
    return (await this.find(collection, filter)).length;
  }

  async drop(collection: string): Promise<void> {
    this.collections.delete(collection);
  }

  async ping(): Promise<void> {}

  async close(): Promise<void> {}

  private col(name: string) {
    let c = this.collections.get(name);
    if (!c) this.collections.set(name, (c = new Map()));
    return c;
  }
}

function matches(doc: Record<string, unknown>, filter: Record<string, unknown>): boolean {
  return Object.entries(filter).every(([k, v]) => (Array.isArray(v) ? v.includes(doc[k]) : doc[k] === v));
}

function compare(a: unknown, b: unknown): number {
  if (a === b) return 0;
  if (a === undefined || a === null) return -1;
  if (b === undefined || b === null) return 1;
  return (a as never) < (b as never) ? -1 : 1;
}
