import type { FindOptions, PositionedDoc, ReadModelIndex, ReadModelStore, Stored } from '../../../libs/events/src/readmodel/read-model-store.port';

/**
 * The services' queries name their collections (case_list, caseload…); on a server shared with
 * other runs (FerretDB, where dropping a database crashes it) a run keeps to collections of its own
 * by a prefix, and the queries go through unchanged.
 */
export class RenamedCollections implements ReadModelStore {
  constructor(
    private readonly inner: ReadModelStore,
    readonly prefix: string,
  ) {}

  name(collection: string): string {
    return `${this.prefix}${collection}`;
  }

  declare(collection: string, indexes: ReadModelIndex[]): Promise<void> {
    return this.inner.declare(this.name(collection), indexes);
  }
  get<T>(collection: string, id: string): Promise<Stored<T> | null> {
    return this.inner.get<T>(this.name(collection), id);
  }
  put<T>(collection: string, id: string, doc: T, position: number): Promise<boolean> {
    return this.inner.put(this.name(collection), id, doc, position);
  }
  getMany<T>(collection: string, ids: string[]): Promise<Array<Stored<T>>> {
    return this.inner.getMany<T>(this.name(collection), ids);
  }
  putMany<T>(collection: string, docs: Array<PositionedDoc<T>>): Promise<number> {
    return this.inner.putMany(this.name(collection), docs);
  }
  set<T>(collection: string, id: string, doc: T): Promise<void> {
    return this.inner.set(this.name(collection), id, doc);
  }
  remove(collection: string, id: string): Promise<void> {
    return this.inner.remove(this.name(collection), id);
  }
  find<T>(collection: string, filter: Record<string, unknown>, options?: FindOptions): Promise<Array<Stored<T>>> {
    return this.inner.find<T>(this.name(collection), filter, options);
  }
  count(collection: string, filter: Record<string, unknown>): Promise<number> {
    return this.inner.count(this.name(collection), filter);
  }
  drop(collection: string): Promise<void> {
    return this.inner.drop(this.name(collection));
  }
  ping(): Promise<void> {
    return this.inner.ping();
  }
  close(): Promise<void> {
    return this.inner.close();
  }
}
