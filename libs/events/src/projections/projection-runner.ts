import type { RecordedEvent } from '../envelope';
import type { ReadModelStore } from '../readmodel/read-model-store.port';
import type { EventStore } from '../store/event-store.port';
import { subscribeToAll, type AllSubscription } from '../store/subscribe-to-all';
import type { Projection } from './projection';

const CHECKPOINTS = '_checkpoints';
const REBUILD_PAGE = 1000;

/**
 * Keeps projections up to date from the service's own log. The checkpoint lives with
 * the read model (not the event store), so dropping the read model resets it too. Each
 * document remembers the last position applied: a repeat after a crash between the
 * document write and the checkpoint write is skipped.
 */
export class ProjectionRunner {
  private subscriptions: AllSubscription[] = [];

  constructor(
    private readonly store: EventStore,
    private readonly readModels: ReadModelStore,
    readonly projections: Projection[],
    private readonly onError: (error: unknown) => void = () => {},
  ) {}

  start(): void {
    this.subscriptions = this.projections.map((p) =>
      subscribeToAll(this.store, {
        from: () => this.checkpoint(p),
        handle: async (events) => void (await this.apply(p, events)),
        onError: this.onError,
      }),
    );
  }

  wake(): void {
    this.subscriptions.forEach((s) => s.wake());
  }

  async caughtUp(): Promise<void> {
    await Promise.all(this.subscriptions.map((s) => s.caughtUp()));
  }

  async stop(): Promise<void> {
    await Promise.all(this.subscriptions.map((s) => s.stop()));
  }

  /** Drops the projection's documents and replays the whole log into it. Returns the events applied. */
  async rebuild(projection: Projection, onProgress: (done: number, total: number) => void = () => {}): Promise<number> {
    await this.readModels.drop(projection.collection);
    await this.readModels.set(CHECKPOINTS, projection.name, { projection: projection.name, position: 0 });
    const head = await this.store.headPosition();
    let applied = 0;
    // The next page is read while this one is applied, so reading and applying overlap.
    let next = this.store.readAll({ after: 0, maxCount: REBUILD_PAGE });
    for (;;) {
      const page = await next;
      if (page.length === 0) break;
      const position = page[page.length - 1].globalPosition;
      next = this.store.readAll({ after: position, maxCount: REBUILD_PAGE });
      applied += await this.apply(projection, page);
      onProgress(Math.min(position, head), head);
    }
    return applied;
  }

  async checkpoint(projection: Projection): Promise<number> {
    return (await this.readModels.get<{ position: number }>(CHECKPOINTS, projection.name))?.position ?? 0;
  }

  /**
   * Applies a page: each document is read once, evolved through all its events of the
   * page, and written once. A crash before the checkpoint write replays the page, and the
   * positions stored on the documents make the replay a no-op for what was written.
   */
  private async apply(projection: Projection, events: RecordedEvent[]): Promise<number> {
    const touched = new Map<string, { doc: object | null; position: number; changed: boolean }>();
    let applied = 0;
    for (const event of events) {
      if (!projection.handles.includes(event.type)) continue;
      const id = projection.documentId(event);
      if (!id) continue;
      let entry = touched.get(id);
      if (!entry) {
        const stored = await this.readModels.get<Record<string, unknown>>(projection.collection, id);
        entry = { doc: stored ? withoutStorageFields(stored) : null, position: stored?._position ?? 0, changed: false };
        touched.set(id, entry);
      }
      if (entry.position >= event.globalPosition) continue;
      entry.doc = projection.evolve(entry.doc, event);
      entry.position = event.globalPosition;
      entry.changed = true;
      applied++;
    }
    for (const [id, { doc, position, changed }] of touched) {
      if (!changed) continue;
      if (doc === null) await this.readModels.remove(projection.collection, id);
      else await this.readModels.put(projection.collection, id, doc, position);
    }
    // The log's read order is not the order of positions (see EventStore.readAll): the checkpoint is the
    // last position read, whatever it is, so it is set, not put.
    await this.readModels.set(CHECKPOINTS, projection.name, { projection: projection.name, position: events[events.length - 1].globalPosition });
    return applied;
  }
}

function withoutStorageFields(stored: Record<string, unknown>): object {
  const { _id, _position, ...doc } = stored;
  return doc;
}
