import { assertIndexed } from './index-coverage';
import type { FindOptions, PositionedDoc, ReadModelIndex, ReadModelStore, Stored } from './read-model-store.port';

/** Read models for tests: gone with the process. Refuses the queries its declared indexes would not serve, as every adapter does. */
export class InMemoryReadModelStore implements ReadModelStore {
  private readonly collections = new Map<string, Map<string, Stored<unknown>>>();
  private readonly declared = new Map<string, ReadModelIndex[]>();

  async declare(collection: string, indexes: ReadModelIndex[]): Promise<void> {
    this.declared.set(collection, indexes);
  }

  async get<T>(collection: string, id: string): Promise<Stored<T> | null> {
    const doc = this.col(collection).get(id);
    return doc ? (structuredClone(doc) as Stored<T>) : null;
  }

  async put<T>(collection: string, id: string, doc: T, position: number): Promise<boolean> {
    assertStorableKeys(doc);
    const stored = this.col(collection).get(id);
    if (stored && stored._position >= position) return false;
    this.col(collection).set(id, structuredClone({ ...doc, _id: id, _position: position }));
    return true;
  }

  async getMany<T>(collection: string, ids: string[]): Promise<Array<Stored<T>>> {
    const found = ids.map((id) => this.col(collection).get(id)).filter((d) => d !== undefined);
    return structuredClone(found) as Array<Stored<T>>;
  }

  async putMany<T>(collection: string, docs: Array<PositionedDoc<T>>): Promise<number> {
    docs.forEach((d) => assertStorableKeys(d.doc));
    let written = 0;
    for (const { id, doc, position } of docs) if (await this.put(collection, id, doc, position)) written++;
    return written;
  }

  async set<T>(collection: string, id: string, doc: T): Promise<void> {
    assertStorableKeys(doc);
    this.col(collection).set(id, structuredClone({ ...doc, _id: id, _position: 0 }));
  }

  async remove(collection: string, id: string): Promise<void> {
    this.col(collection).delete(id);
  }

  async find<T>(collection: string, filter: Record<string, unknown>, options: FindOptions = {}): Promise<Array<Stored<T>>> {
    assertIndexed(collection, this.declared.get(collection), filter, options.sort);
    let docs = [...this.col(collection).values()].filter((d) => matches(d as Record<string, unknown>, filter));
    if (options.sort) {
      const desc = options.sort.startsWith('-');
      const field = desc ? options.sort.slice(1) : options.sort;
      docs.sort((a, b) => (compare((a as never)[field], (b as never)[field]) || compare(a._id, b._id)) * (desc ? -1 : 1));
    }
    docs = docs.slice(options.skip ?? 0, options.limit === undefined ? undefined : (options.skip ?? 0) + options.limit);
    return structuredClone(docs) as Array<Stored<T>>;
  }

  async count(collection: string, filter: Record<string, unknown>): Promise<number> {
    assertIndexed(collection, this.declared.get(collection), filter);
    return [...this.col(collection).values()].filter((d) => matches(d as Record<string, unknown>, filter)).length;
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
  return Object.entries(filter).every(([k, v]) => (Array.isArray(v) ? v.some((one) => equals(doc[k], one)) : equals(doc[k], v)));
}

/**
 * As MongoDB does: a null (or undefined) filter value also matches a field that is absent,
 * and a scalar matches an array field that contains it.
 */
function equals(actual: unknown, wanted: unknown): boolean {
  if (wanted === null || wanted === undefined) return actual === null || actual === undefined;
  return Array.isArray(actual) ? actual.includes(wanted) : actual === wanted;
}

/**
 * FerretDB refuses keys containing '.' or starting with '$' (MongoDB itself only some of
 * them). Every adapter refuses them, so embedded runs and tests catch such a document
 * (say, a map keyed by e-mail address) before a server does.
 */
export function assertStorableKeys(value: unknown): void {
  // The path is spelled out only for the error: built for every key of every document written, it took
  // as long as serialising them (a rebuild of intake's case files).
  if (!storable(value)) throw new Error(`read-model key must not contain '.' or start with '$': ${unstorablePath(value, '')}`);
}

function storable(value: unknown): boolean {
  if (value === null || typeof value !== 'object' || value instanceof Date) return true;
  if (Array.isArray(value)) return value.every(storable);
  for (const key of Object.keys(value)) {
    if (key.includes('.') || key.startsWith('$') || !storable((value as Record<string, unknown>)[key])) return false;
  }
  return true;
}

function unstorablePath(value: unknown, path: string): string | undefined {
  if (value === null || typeof value !== 'object' || value instanceof Date) return undefined;
  const entries = Array.isArray(value) ? value.map((item, i) => [String(i), item] as const) : Object.entries(value);
  for (const [key, inner] of entries) {
    if (!Array.isArray(value) && (key.includes('.') || key.startsWith('$'))) return `${path}${key}`;
    const found = unstorablePath(inner, `${path}${key}.`);
    if (found) return found;
  }
  return undefined;
}

function compare(a: unknown, b: unknown): number {
  if (a === b) return 0;
  const aMissing = a === undefined || a === null;
  const bMissing = b === undefined || b === null;
  if (aMissing || bMissing) return aMissing && bMissing ? 0 : aMissing ? -1 : 1;
  return (a as never) < (b as never) ? -1 : 1;
}
