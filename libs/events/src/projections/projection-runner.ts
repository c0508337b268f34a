import type { ReadModelStore } from '../readmodel/read-model-store.port';
import { VersionedReadModelStore } from '../readmodel/versioned/versioned-read-model-store';
import { RebuildSupersededError } from '../readmodel/versioned/next-version';
import type { EventStore } from '../store/event-store.port';
import { subscribeToAll, type AllSubscription } from '../store/subscribe-to-all';
import type { Projection } from './projection';
import { ProjectionPages } from './projection-pages';

export interface RebuildResult {
  applied: number;
  /** The physical collection the projection reads from now. */
  physical: string;
  /** Drops the version switched away from, once no process can be reading it; resolves the collections dropped. */
  retireOld(): Promise<string[]>;
}

export interface ProjectionRunnerOptions {
  /** Events per page of a rebuild (1,000). */
  rebuildPageSize?: number;
}

/**
 * Keeps projections up to date from the service's own log, a page at a time (see ProjectionPages).
 *
 * Over versioned read models, each page goes to the one physical collection the projection was
 * seated on, with that version's own checkpoint; a projection a rebuild switched to a new version
 * leaves its reader and goes on from the new version's checkpoint, so nothing the rebuild did not
 * apply is missed and nothing written for the old version lands in the new one.
 */
export class ProjectionRunner {
  private subscriptions: AllSubscription[] = [];
  private ending: Array<Promise<void>> = [];
  private starting: Promise<void> = Promise.resolve();
  private stopped = false;
  /** Readers started, ever: caughtUp waits again when one started while it waited. */
  private followed = 0;
  private readonly versions?: VersionedReadModelStore;
  /** Where pages are written: the physical store under the versions, or the store itself. */
  private readonly documents: ReadModelStore;
  private readonly pages: ProjectionPages;
  /** Pages of the log read, all projections together: what the shared reader saves. */
  pagesRead = 0;

  constructor(
    private readonly store: EventStore,
    readModels: ReadModelStore,
    readonly projections: Projection[],
    private readonly onError: (error: unknown) => void = () => {},
    private readonly options: ProjectionRunnerOptions = {},
  ) {
    this.versions = readModels instanceof VersionedReadModelStore ? readModels : undefined;
    this.documents = this.versions?.physical ?? readModels;
    this.pages = new ProjectionPages(this.documents);
  }

  /**
   * One reader of the log for all projections that stand at the same checkpoint (every one of
   * them, once they have caught up together): each page is read once and applied to each of them.
   * A projection at another checkpoint (new, or rebuilt) reads on its own from there.
   */
  start(): void {
    this.stopped = false;
    this.starting = (async () => {
      const groups = new Map<number, Projection[]>();
      const seats = new Map<string, string>();
      for (const p of this.projections) {
        try {
          const physical = await this.physicalOf(p);
          const at = await this.checkpointIn(p, physical);
          seats.set(p.name, physical);
          groups.set(at, [...(groups.get(at) ?? []), p]);
        } catch {
          // Unreadable now: a reader of its own, which seats it on its first try and retries until then.
          groups.set(-1 - groups.size, [p]);
        }
      }
      for (const group of groups.values()) this.follow(group, seats);
    })();
  }

  wake(): void {
    this.subscriptions.forEach((s) => s.wake());
  }

  async caughtUp(): Promise<void> {
    await this.starting;
    for (let seen = -1; seen !== this.followed; ) {
      seen = this.followed;
      await Promise.all(this.subscriptions.map((s) => s.caughtUp()));
    }
  }

  async stop(): Promise<void> {
    await this.starting;
    this.stopped = true;
    while (this.subscriptions.length || this.ending.length) {
      await Promise.all([...this.subscriptions.splice(0).map((s) => s.stop()), ...this.ending.splice(0)]);
    }
  }

  /**
   * Replays the whole log into the projection. Over versioned read models it fills a new version
   * beside the live one, which keeps answering reads and following the log, then switches reads
   * over; otherwise it drops the documents first. Resolves once reads go to the rebuilt documents.
   */
  async rebuild(projection: Projection, onProgress: (done: number, total: number) => void = () => {}): Promise<RebuildResult> {
    if (!this.versions) {
      await this.documents.drop(projection.collection);
      const applied = await this.pages.replay(this.store, projection, projection.collection, onProgress, this.options.rebuildPageSize);
      return { applied, physical: projection.collection, retireOld: async () => [] };
    }
    const next = await this.versions.beginVersion(projection.collection, projection.indexes ?? []);
    let applied: number;
    try {
      applied = await this.pages.replay(this.store, projection, next.physical, onProgress, this.options.rebuildPageSize);
      await next.switchOver();
    } catch (error) {
      const overtaken = !(error instanceof RebuildSupersededError) && (await next.superseded().catch(() => false));
      await next.abandon().catch(() => {});
      throw overtaken ? new RebuildSupersededError(`Another rebuild of ${projection.collection} took over while this one ran; ${next.physical} is dropped`, { cause: error }) : error;
    }
    return {
      applied,
      physical: next.physical,
      retireOld: async () => {
        const dropped = await next.retireOld();
        for (const physical of dropped) await this.pages.forget(projection, physical);
        return dropped;
      },
    };
  }

  /** The position the projection's live version has applied up to. */
  async checkpoint(projection: Projection): Promise<number> {
    return this.checkpointIn(projection, await this.physicalOf(projection));
  }

  /** The position one physical collection of the projection has applied up to. */
  checkpointIn(projection: Projection, physical: string): Promise<number> {
    return this.pages.checkpoint(projection, physical);
  }

  private physicalOf(projection: Projection): Promise<string> {
    return this.versions ? this.versions.physicalOf(projection.collection) : Promise.resolve(projection.collection);
  }

  /**
   * Starts a reader for projections at one checkpoint. Each is seated on the version it reads
   * from at the reader's first page; one a rebuild has switched since leaves for a reader of its own.
   */
  private follow(projections: Projection[], seatedAt: ReadonlyMap<string, string> = new Map()): void {
    if (this.stopped) return;
    const group = [...projections];
    const seats = new Map(group.filter((p) => seatedAt.has(p.name)).map((p) => [p.name, seatedAt.get(p.name)!]));
    let subscription: AllSubscription | undefined;
    const reseat = async () => {
      for (const p of [...group]) {
        const physical = await this.physicalOf(p);
        const seat = seats.get(p.name);
        if (seat === undefined) seats.set(p.name, physical);
        else if (seat !== physical) {
          group.splice(group.indexOf(p), 1);
          this.follow([p]);
        }
      }
      if (group.length === 0 && subscription) this.end(subscription);
    };
    subscription = subscribeToAll(this.store, {
      from: async () => {
        await reseat();
        return group.length ? this.checkpointIn(group[0], seats.get(group[0].name)!) : this.store.headPosition();
      },
      handle: async (events) => {
        await reseat();
        if (group.length === 0) return;
        this.pagesRead++;
        await Promise.all(group.map((p) => this.pages.apply(p, seats.get(p.name)!, events)));
      },
      onError: this.onError,
    });
    this.subscriptions.push(subscription);
    this.followed++;
  }

  /** A reader left with no projection stops; not awaited from inside its own loop. */
  private end(subscription: AllSubscription): void {
    const at = this.subscriptions.indexOf(subscription);
    if (at < 0) return;
    this.subscriptions.splice(at, 1);
    this.ending.push(subscription.stop());
  }
}
