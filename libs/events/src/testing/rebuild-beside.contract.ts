import { randomBytes } from 'node:crypto';
import type { RecordedEvent } from '../envelope';
import type { Projection } from '../projections/projection';
import { ProjectionRunner } from '../projections/projection-runner';
import type { ReadModelStore } from '../readmodel/read-model-store.port';
import { RebuildSupersededError } from '../readmodel/versioned/next-version';
import { POINTERS } from '../readmodel/versioned/read-model-pointer';
import { VersionedReadModelStore } from '../readmodel/versioned/versioned-read-model-store';
import type { EventStore, ReadAllOptions } from '../store/event-store.port';
import { note } from './test-catalogue';

export interface RebuildBesideSetup {
  /** A fresh, empty log (the service's event store), for one test; the setup closes it. */
  openLog(): Promise<EventStore>;
  /** The read-model store as one process opens it; each call is another process's connection where the adapter has connections. */
  openReadModels(): Promise<ReadModelStore>;
  /** Whether a physical collection still exists (dropped, not emptied); absent, an empty one counts as gone. */
  exists?(store: ReadModelStore, physical: string): Promise<boolean>;
}

interface Notes {
  notes: number;
  texts: string[];
}

/** Pointers short-lived enough that a test sees another process follow a switch in a moment. */
const FAST = { refreshMs: 50, maxStaleMs: 200, inFlightMs: 100 };
/** Pages small enough that the 30 events each test starts with take several. */
const PAGES = { rebuildPageSize: 10 };

/**
 * Rebuilding beside the live version, on one read-model adapter: reads keep answering from the old
 * version while the new one fills, every reader moves to the new one at once, the old one is gone
 * afterwards, and a live runner applying events all along leaves every event once in the new version.
 * Two decorators over two connections play two processes: the service's instance and the operator's CLI.
 */
export function rebuildBesideContract(name: string, setup: RebuildBesideSetup): void {
  describe(`Rebuild beside the live version: ${name}`, () => {
    let log: EventStore;
    let live: VersionedReadModelStore;
    let operator: VersionedReadModelStore;
    let runner: ProjectionRunner;
    let projection: Projection<Notes>;
    const written = new Map<string, string[]>();

    const take = async (stream: string, text: string) => {
      await log.appendToStream(stream, [note(text)], { expectedVersion: 'any' });
      written.set(stream, [...(written.get(stream) ?? []), text]);
    };
    const gone = async (store: ReadModelStore, physical: string) =>
      setup.exists ? !(await setup.exists(store, physical)) : (await store.count(physical, {})) === 0;
    /** The log as the rebuild reads it, held before its second page until released. */
    const held = () => {
      let release!: () => void;
      const released = new Promise<void>((r) => (release = r));
      let reads = 0;
      let reached!: () => void;
      const holding = new Promise<void>((r) => (reached = r));
      const store: EventStore = Object.assign(Object.create(log) as EventStore, {
        readAll: async (options: ReadAllOptions) => {
          if (++reads === 2) {
            reached();
            await released;
          }
          return log.readAll(options);
        },
      });
      return { store, holding, release };
    };

    beforeEach(async () => {
      log = await setup.openLog();
      written.clear();
      live = new VersionedReadModelStore(await setup.openReadModels(), FAST);
      operator = new VersionedReadModelStore(await setup.openReadModels(), FAST);
      const suffix = randomBytes(5).toString('hex');
      // Names of their own: a server's database outlives the test, checkpoints and pointers included.
      projection = {
        name: `test.notes-${suffix}`,
        collection: `rb_${suffix}`,
        indexes: [{ fields: ['notes'] }],
        handles: ['test.NoteTaken'],
        documentId: (e) => e.streamId,
        evolve: (doc, e) => ({ notes: (doc?.notes ?? 0) + 1, texts: [...(doc?.texts ?? []), (e.data as { text: string }).text] }),
      };
      await live.declare(projection.collection, projection.indexes!);
      await operator.declare(projection.collection, projection.indexes!);
      for (let i = 0; i < 30; i++) await take(`case-${i % 10}`, `n${i}`);
      runner = new ProjectionRunner(log, live, [projection]);
      runner.start();
      await runner.caughtUp();
    });
    afterEach(async () => {
      await runner.stop();
      const pointer = await operator.pointer(projection.collection);
      for (const physical of new Set([projection.collection, pointer.physical, ...(pointer.retired ?? [])])) await operator.dropForGood(physical);
      await operator.physical.remove(POINTERS, projection.collection);
      for (const physical of new Set([projection.collection, pointer.physical])) await operator.physical.remove('_checkpoints', physical === projection.collection ? projection.name : `${projection.name}@${physical}`);
      await live.close();
      await operator.close();
    });

    it('keeps answering from the old version while the new one fills, then every reader moves over at once', async () => {
      // Only the old version holds this: a document the projection's code no longer writes.
      await live.put(projection.collection, 'stale', { notes: 99, texts: [] }, 1e9);
      const seen: Array<'old' | 'new'> = [];
      let reading = true;
      const reader = new VersionedReadModelStore(await setup.openReadModels(), FAST);
      await reader.declare(projection.collection, projection.indexes!);
      const reads = (async () => {
        while (reading) {
          const docs = await reader.find(projection.collection, { notes: 99 });
          seen.push(docs.length ? 'old' : 'new');
          await new Promise((r) => setTimeout(r, 5));
        }
      })();
      const log2 = held();
      const rebuild = new ProjectionRunner(log2.store, operator, [projection], undefined, PAGES).rebuild(projection);
      await log2.holding;
      expect(await live.get(projection.collection, 'stale')).not.toBeNull();
      expect(await reader.count(projection.collection, { notes: 99 })).toBe(1);
      const building = (await operator.pointer(projection.collection)).building!;
      expect(building.physical).toBe(`${projection.collection}__v1`);
      log2.release();
      const result = await rebuild;
      expect(result.physical).toBe(building.physical);
      expect(await operator.get(projection.collection, 'stale')).toBeNull();
      // Any read that starts maxStaleMs after the switch reads the new version; waited for, as a loaded machine may read slowly.
      await new Promise((r) => setTimeout(r, FAST.maxStaleMs + 50));
      for (const until = Date.now() + 10_000; seen.at(-1) !== 'new' && Date.now() < until; ) await new Promise((r) => setTimeout(r, 20));
      reading = false;
      await reads;
      await reader.close();
      expect(seen[0]).toBe('old');
      expect(seen.at(-1)).toBe('new');
      // Atomic: once a reader has seen the new version, it never sees the old one again.
      expect(seen.slice(seen.indexOf('new'))).not.toContain('old');
      expect(await live.physicalOf(projection.collection)).toBe(building.physical);
      expect(await result.retireOld()).toEqual([projection.collection]);
      expect(await gone(operator.physical, projection.collection)).toBe(true);
      expect(await operator.pointer(projection.collection)).toMatchObject({ version: 1, physical: building.physical });
      expect((await operator.pointer(projection.collection)).retired).toBeUndefined();
    });

    it('loses no event the live runner applies during the rebuild, and applies none twice', async () => {
      const log2 = held();
      let lastRead = false;
      // One event lands after the rebuild's last read (the first page not full) and before its switch: only the live runner can carry it over.
      const store: EventStore = Object.assign(Object.create(log2.store) as EventStore, {
        readAll: async (options: ReadAllOptions): Promise<RecordedEvent[]> => {
          const page = await log2.store.readAll(options);
          if (page.length < options.maxCount && !lastRead) {
            lastRead = true;
            await take('case-late', 'after-last-read');
            runner.wake();
          }
          return page;
        },
      });
      const rebuild = new ProjectionRunner(store, operator, [projection], undefined, PAGES).rebuild(projection);
      await log2.holding;
      for (let i = 0; i < 20; i++) {
        await take(`case-${i % 12}`, `during-${i}`);
        runner.wake();
      }
      await runner.caughtUp();
      log2.release();
      const result = await rebuild;
      for (let i = 0; i < 20; i++) {
        await take(`case-${i % 7}`, `after-${i}`);
        runner.wake();
        await new Promise((r) => setTimeout(r, 10));
      }
      await new Promise((r) => setTimeout(r, FAST.maxStaleMs + 50));
      await runner.caughtUp();
      const docs = await operator.physical.find<Notes>(result.physical, {});
      const expected = [...written].map(([stream, texts]) => ({ _id: stream, notes: texts.length, texts })).sort((a, b) => a._id.localeCompare(b._id));
      expect(docs.map(({ _id, notes, texts }) => ({ _id, notes, texts })).sort((a, b) => a._id.localeCompare(b._id))).toEqual(expected);
      expect(await runner.checkpoint(projection)).toBe(await log.headPosition());
      await result.retireOld();
    });

    it('drops what a rebuild that died had built, at the next rebuild, and reads never left the live version', async () => {
      const dead = await operator.beginVersion(projection.collection, projection.indexes!);
      await operator.physical.put(dead.physical, 'half', { notes: 1, texts: ['x'] }, 1);
      expect(await live.physicalOf(projection.collection)).toBe(projection.collection);
      const result = await new ProjectionRunner(log, operator, [projection], undefined, PAGES).rebuild(projection);
      expect(result.physical).toBe(`${projection.collection}__v2`);
      expect(await gone(operator.physical, dead.physical)).toBe(true);
      expect(await operator.count(projection.collection, {})).toBe(10);
      await result.retireOld();
    });

    it('refuses to switch a rebuild another one overtook, and leaves the other one live', async () => {
      const slow = held();
      const first = new ProjectionRunner(slow.store, operator, [projection], undefined, PAGES).rebuild(projection);
      const refused = expect(first).rejects.toThrow(RebuildSupersededError);
      await slow.holding;
      const second = await new ProjectionRunner(log, live, [projection], undefined, PAGES).rebuild(projection);
      slow.release();
      await refused;
      expect(second.physical).toBe(`${projection.collection}__v2`);
      expect(await operator.pointer(projection.collection)).toMatchObject({ physical: second.physical, version: 2 });
      expect(await gone(operator.physical, `${projection.collection}__v1`)).toBe(true);
      await second.retireOld();
    });
  });
}
