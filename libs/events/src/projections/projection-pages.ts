import type { RecordedEvent } from '../envelope';
import type { ReadModelStore } from '../readmodel/read-model-store.port';
import type { EventStore } from '../store/event-store.port';
import { asHandled, type Projection } from './projection';

const CHECKPOINTS = '_checkpoints';
const REBUILD_PAGE = 1000;

/**
 * Pages of the log applied to one physical collection of a projection, with that collection's own
 * checkpoint beside the documents. The checkpoint lives with the read model (not the event store),
 * so dropping the read model resets it too. Each document remembers the last position applied: a
 * repeat after a crash between the document write and the checkpoint write is skipped.
 */
export class ProjectionPages {
  constructor(private readonly documents: ReadModelStore) {}

  async checkpoint(projection: Projection, physical: string): Promise<number> {
    return (await this.documents.get<{ position: number }>(CHECKPOINTS, checkpointKey(projection, physical)))?.position ?? 0;
  }

  /** A version dropped takes its checkpoint with it. */
  async forget(projection: Projection, physical: string): Promise<void> {
    await this.documents.remove(CHECKPOINTS, checkpointKey(projection, physical));
  }

  /**
   * The whole log into the collection, from the start, up to the first page that is not full: what
   * the log held a moment ago. What came in since is the live runner's, which goes on from this
   * collection's checkpoint; chasing the head of a busy log could go on for as long as the traffic.
   * Each page's documents are written while the next page is folded (its documents, those the page
   * being written holds, taken from that page rather than read back), so the server's work on the
   * writes, most of a rebuild of large documents, overlaps this process's; pages are still written one
   * after another, each before its checkpoint. A document is read back only if this replay wrote it:
   * one it has not met yet starts from nothing, since replaying from the start it builds every document
   * from its first event (whatever the collection held, a stored document is the fold of its events up
   * to its position, and the conditional write keeps the later one). Resolves the events applied.
   */
  async replay(
    store: EventStore,
    projection: Projection,
    physical: string,
    onProgress: (done: number, total: number) => void,
    pageSize = REBUILD_PAGE,
  ): Promise<number> {
    await this.documents.set(CHECKPOINTS, checkpointKey(projection, physical), { projection: projection.name, position: 0 });
    let head = await store.headPosition();
    let applied = 0;
    let writing: { folded: Folded; written: Promise<void> } | undefined;
    // The ids written so far: a string each, a few megabytes for a million documents.
    const met = new Set<string>();
    try {
      let page = await store.readAll({ after: 0, maxCount: pageSize });
      while (page.length) {
        const position = page[page.length - 1].globalPosition;
        // The next page is read while this one is applied, so reading and applying overlap.
        const next = page.length === pageSize ? store.readAll({ after: position, maxCount: pageSize }) : undefined;
        const folded = await this.fold(projection, physical, page, writing?.folded.changed, (id) => met.has(id));
        for (const id of folded.changed.keys()) met.add(id);
        await writing?.written;
        writing = { folded, written: this.write(projection, physical, folded, position) };
        applied += folded.applied;
        // Past the head read at the start: the log has grown meanwhile (a live service), the bar's end moves with it.
        if (position >= head) head = Math.max(position, await store.headPosition());
        onProgress(Math.min(position, head), head);
        if (!next) break;
        page = await next;
      }
      await writing?.written;
    } finally {
      // Stopped early (a failed read, a progress callback that throws): nothing may still be writing once it resolves.
      await writing?.written.catch(() => {});
    }
    return applied;
  }

  /**
   * Applies a page: the documents it touches are read in one query, each evolved through all its
   * events of the page, and written in one bulk write. A crash before the checkpoint write replays
   * the page, and the positions stored on the documents make the replay a no-op for what was written.
   */
  async apply(projection: Projection, physical: string, events: RecordedEvent[]): Promise<number> {
    const folded = await this.fold(projection, physical, events);
    await this.write(projection, physical, folded, events[events.length - 1].globalPosition);
    return folded.applied;
  }

  /**
   * The page's events evolved into the documents they touch: those in `known` as they are there, the
   * others as stored (only those that `mayBeStored`).
   */
  private async fold(
    projection: Projection,
    physical: string,
    events: RecordedEvent[],
    known: ReadonlyMap<string, Touched> = new Map(),
    mayBeStored: (id: string) => boolean = () => true,
  ): Promise<Folded> {
    const mine = events.flatMap((recorded) => {
      const event = asHandled(projection, recorded);
      const id = event ? projection.documentId(event) : null;
      return id && event ? [{ id, event }] : [];
    });
    const ids = [...new Set(mine.map((m) => m.id))];
    const unknown = ids.filter((id) => !known.has(id) && mayBeStored(id));
    const stored = unknown.length ? await this.documents.getMany<Record<string, unknown>>(physical, unknown) : [];
    const across = projection.acrossStreams === true;
    const touched = new Map<string, Touched>([
      // A copy: the page before may still be writing that very object, and evolve is not bound to leave its input alone.
      ...ids.filter((id) => known.has(id)).map((id): [string, Touched] => [id, { ...known.get(id)!, doc: structuredClone(known.get(id)!.doc), changed: false, pageIds: [], repeats: new Set<string>() }]),
      ...stored.map((d): [string, Touched] => {
        const { doc, pageIds } = withoutStorageFields(d);
        return [d._id, { doc, position: d._position, changed: false, pageIds: [], repeats: new Set(across ? pageIds : []) }];
      }),
    ]);
    let applied = 0;
    for (const { id, event } of mine) {
      const entry = touched.get(id) ?? { doc: null, position: 0, changed: false, pageIds: [], repeats: new Set<string>() };
      touched.set(id, entry);
      if (across ? entry.repeats.has(event.eventId) : entry.position >= event.globalPosition) continue;
      entry.doc = projection.evolve(entry.doc, event);
      // Across streams, the position only has to grow with every write (the store keeps the later write).
      entry.position = across ? Math.max(entry.position + 1, event.globalPosition) : event.globalPosition;
      entry.changed = true;
      entry.pageIds.push(event.eventId);
      applied++;
    }
    return { changed: new Map([...touched].filter(([, e]) => e.changed)), applied };
  }

  /** The documents a page changed, then its checkpoint: `position`, the last read. */
  private async write(projection: Projection, physical: string, { changed }: Folded, position: number): Promise<void> {
    for (const [id] of [...changed].filter(([, e]) => e.doc === null)) await this.documents.remove(physical, id);
    await this.documents.putMany(
      physical,
      [...changed]
        .filter(([, e]) => e.doc !== null)
        .map(([id, e]) => ({ id, doc: projection.acrossStreams ? { ...e.doc!, [PAGE_IDS]: e.pageIds } : e.doc!, position: e.position })),
    );
    // The log's read order is not the order of positions (see EventStore.readAll): the checkpoint is the
    // last position read, whatever it is, so it is set, not put.
    await this.documents.set(CHECKPOINTS, checkpointKey(projection, physical), { projection: projection.name, position });
  }
}

interface Touched {
  doc: object | null;
  position: number;
  changed: boolean;
  /** The events this page applied to it, and (across streams) those the page that last wrote it applied. */
  pageIds: string[];
  repeats: Set<string>;
}

/** Where a document of a projection across streams keeps the ids its last page applied. */
const PAGE_IDS = '_pageEvents';

/** A page folded: the documents it changed (null: removed) with their new positions, and the events it applied. */
interface Folded {
  changed: Map<string, Touched>;
  applied: number;
}

/** Version 0 (the logical collection itself) keeps the key checkpoints had before versions. */
function checkpointKey(projection: Projection, physical: string): string {
  return physical === projection.collection ? projection.name : `${projection.name}@${physical}`;
}

function withoutStorageFields(stored: Record<string, unknown>): { doc: object; pageIds: string[] } {
  const { _id, _position, [PAGE_IDS]: pageIds, ...doc } = stored;
  return { doc, pageIds: Array.isArray(pageIds) ? (pageIds as string[]) : [] };
}
