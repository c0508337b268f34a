import type { RecordedEvent } from '../envelope';
import type { ReadModelStore } from '../readmodel/read-model-store.port';
import type { EventStore } from '../store/event-store.port';
import { subscribeToAll, type AllSubscription } from '../store/subscribe-to-all';
import { asHandled, type Projection } from './projection';

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
  private starting: Promise<void> = Promise.resolve();
  /** Pages of the log read, all projections together: what the shared reader saves. */
  pagesRead = 0;

  constructor(
    private readonly store: EventStore,
    private readonly readModels: ReadModelStore,
    readonly projections: Projection[],
    private readonly onError: (error: unknown) => void = () => {},
  ) {}

  /**
   * One reader of the log for all projections that stand at the same checkpoint (every one of
   * them, once they have caught up together): each page is read once and applied to each of them.
   * A projection at another checkpoint (new, or rebuilt) reads on its own from there.
   */
  start(): void {
    this.starting = (async () => {
      const groups = new Map<number, Projection[]>();
      for (const p of this.projections) {
        const at = await this.checkpoint(p).catch(() => 0);
        groups.set(at, [...(groups.get(at) ?? []), p]);
      }
      this.subscriptions = [...groups.values()].map((group) =>
        subscribeToAll(this.store, {
          from: () => this.checkpoint(group[0]),
          handle: async (events) => {
            this.pagesRead++;
            await Promise.all(group.map((p) => this.apply(p, events)));
          },
          onError: this.onError,
        }),
      );
    })();
  }

  wake(): void {
    this.subscriptions.forEach((s) => s.wake());
  }

  async caughtUp(): Promise<void> {
    await this.starting;
    await Promise.all(this.subscriptions.map((s) => s.caughtUp()));
  }

  async stop(): Promise<void> {
    await this.starting;
    await Promise.all(this.subscriptions.map((s) => s.stop()));
    this.subscriptions = [];
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
   * Applies a page: the documents it touches are read in one query, each evolved through all its
   * events of the page, and written in one bulk write. A crash before the checkpoint write replays
   * the page, and the positions stored on the documents make the replay a no-op for what was written.
   */
  private async apply(projection: Projection, events: RecordedEvent[]): Promise<number> {
    const mine = events.flatMap((recorded) => {
      const event = asHandled(projection, recorded);
      const id = event ? projection.documentId(event) : null;
      return id && event ? [{ id, event }] : [];
    });
    const stored = await this.readModels.getMany<Record<string, unknown>>(projection.collection, [...new Set(mine.map((m) => m.id))]);
    const touched = new Map<string, { doc: object | null; position: number; changed: boolean }>(
      stored.map((d) => [d._id, { doc: withoutStorageFields(d), position: d._position, changed: false }]),
    );
    let applied = 0;
    for (const { id, event } of mine) {
      const entry = touched.get(id) ?? { doc: null, position: 0, changed: false };
      touched.set(id, entry);
      if (entry.position >= event.globalPosition) continue;
      entry.doc = projection.evolve(entry.doc, event);
      entry.position = event.globalPosition;
      entry.changed = true;
      applied++;
    }
    const changed = [...touched].filter(([, e]) => e.changed);
    for (const [id] of changed.filter(([, e]) => e.doc === null)) await this.readModels.remove(projection.collection, id);
    await this.readModels.putMany(
      projection.collection,
      changed.filter(([, e]) => e.doc !== null).map(([id, e]) => ({ id, doc: e.doc!, position: e.position })),
    );
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
