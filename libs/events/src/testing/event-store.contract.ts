import { randomUUID } from 'node:crypto';
import { CataloguedEventStore } from '../store/catalogued-event-store';
import type { EventStore } from '../store/event-store.port';
import { InvalidEventError, WrongExpectedVersionError } from '../errors';
import { UUID_PATTERN, uuidv7 } from '../uuid';
import { note, testCatalogue } from './test-catalogue';
import type { NewEvent } from '../envelope';

export interface EventStoreFixture {
  store: EventStore;
  /** Ways to change or remove stored events behind the port's back; each must be refused. */
  tamperAttempts?: Array<() => Promise<unknown>>;
  /**
   * Appends one event in a transaction left open until `commit`, as a slow writer would: for
   * adapters that serve several writers at once (not PGlite, which has one connection).
   */
  slowAppend?: (streamId: string, event: NewEvent) => Promise<{ commit(): Promise<void> }>;
}

/**
 * What every event store adapter must do. The store is opened once per suite; tests use
 * their own streams and positions, so they do not depend on each other.
 */
export function eventStoreContract(name: string, open: () => Promise<EventStoreFixture>, options: { slowWriters?: boolean } = {}): void {
  describe(`EventStore contract: ${name}`, () => {
    let fixture: EventStoreFixture;
    let store: EventStore;
    const stream = () => `case-${randomUUID()}`;

    beforeAll(async () => {
      fixture = await open();
      store = new CataloguedEventStore(fixture.store, testCatalogue);
    });
    afterAll(() => fixture.store.close());

    it('appends to a new stream and reads it back with the full envelope', async () => {
      const id = stream();
      const result = await store.appendToStream(id, [note('first'), note('second')], { expectedVersion: 0 });
      expect(result.nextExpectedVersion).toBe(2);
      const events = await store.readStream(id);
      expect(events.map((e) => [e.streamVersion, e.data.text])).toEqual([[1, 'first'], [2, 'second']]);
      const [first] = events;
      expect(first.eventId).toMatch(UUID_PATTERN);
      expect(first.eventId[14]).toBe('7');
      expect(first).toMatchObject({ streamId: id, type: 'test.NoteTaken', schemaVersion: 2, country: 'SN', actor: { userId: 'u-1' } });
      expect(first.globalPosition).toBeLessThan(events[1].globalPosition);
      expect(Date.parse(first.recordedAt)).not.toBeNaN();
    });

    it('refuses an append at the wrong expected version and writes nothing', async () => {
      const id = stream();
      await store.appendToStream(id, [note('a')], { expectedVersion: 0 });
      await expect(store.appendToStream(id, [note('b')], { expectedVersion: 0 })).rejects.toBeInstanceOf(WrongExpectedVersionError);
      await expect(store.appendToStream(id, [note('b')], { expectedVersion: 5 })).rejects.toMatchObject({ actual: 1 });
      expect(await store.readStream(id)).toHaveLength(1);
    });

    it('lets exactly one of two concurrent writers at the same version win', async () => {
      const id = stream();
      await store.appendToStream(id, [note('a')], { expectedVersion: 0 });
      const outcomes = await Promise.allSettled([1, 2, 3].map((n) => store.appendToStream(id, [note(`w${n}`)], { expectedVersion: 1 })));
      expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
      for (const o of outcomes.filter((o) => o.status === 'rejected')) expect((o as PromiseRejectedResult).reason).toBeInstanceOf(WrongExpectedVersionError);
      expect(await store.readStream(id)).toHaveLength(2);
    });

    it('appends with expected version any', async () => {
      const id = stream();
      await store.appendToStream(id, [note('a')], { expectedVersion: 'any' });
      const r = await store.appendToStream(id, [note('b')], { expectedVersion: 'any' });
      expect(r.nextExpectedVersion).toBe(2);
    });

    it('lands every concurrent append made with expected version any, each at its own version', async () => {
      const id = stream();
      await Promise.all([1, 2, 3, 4].map((n) => store.appendToStream(id, [note(`any${n}`)], { expectedVersion: 'any' })));
      expect((await store.readStream(id)).map((e) => e.streamVersion)).toEqual([1, 2, 3, 4]);
    });

    it('refuses an event that does not match its schema, and appends nothing of the batch', async () => {
      const id = stream();
      const bad = note('x', { data: { text: 42 } as never });
      await expect(store.appendToStream(id, [note('ok'), bad], { expectedVersion: 0 })).rejects.toBeInstanceOf(InvalidEventError);
      await expect(store.appendToStream(id, [note('ok', { type: 'test.Unknown' })], { expectedVersion: 0 })).rejects.toBeInstanceOf(InvalidEventError);
      expect(await store.readStream(id)).toEqual([]);
    });

    it('upcasts an old schema version on read', async () => {
      const id = stream();
      await store.appendToStream(id, [note('old', { schemaVersion: 1, data: { text: 'old' } })], { expectedVersion: 0 });
      const [e] = await store.readStream(id);
      expect(e.schemaVersion).toBe(2);
      expect(e.data).toEqual({ text: 'old', channel: 'face_to_face' });
    });

    it('keeps personal data apart and gives it back on read', async () => {
      const id = stream();
      await store.appendToStream(id, [note('p', { data: { text: 'p', channel: 'phone', personal: { name: 'Awa' } } })], { expectedVersion: 0 });
      const [e] = await store.readStream(id);
      expect(e.data.personal).toEqual({ name: 'Awa' });
    });

    it('reads a stream from a version, and as of a point in time', async () => {
      const id = stream();
      await store.appendToStream(id, [note('1'), note('2')], { expectedVersion: 0 });
      await new Promise((r) => setTimeout(r, 20));
      const between = new Date();
      await new Promise((r) => setTimeout(r, 20));
      await store.appendToStream(id, [note('3')], { expectedVersion: 2 });
      expect((await store.readStream(id, { fromVersion: 2 })).map((e) => e.data.text)).toEqual(['2', '3']);
      expect((await store.readStream(id, { asOf: between })).map((e) => e.data.text)).toEqual(['1', '2']);
    });

    it('reads all streams in global order from a position, page by page', async () => {
      const start = await store.headPosition();
      const a = stream();
      const b = stream();
      await store.appendToStream(a, [note('a1')], { expectedVersion: 0 });
      await store.appendToStream(b, [note('b1')], { expectedVersion: 0 });
      await store.appendToStream(a, [note('a2')], { expectedVersion: 1 });
      const page1 = await store.readAll({ after: start, maxCount: 2 });
      const page2 = await store.readAll({ after: page1[1].globalPosition, maxCount: 10 });
      expect([...page1, ...page2].map((e) => e.data.text)).toEqual(['a1', 'b1', 'a2']);
      expect(await store.headPosition()).toBe(page2[page2.length - 1].globalPosition);
    });

    // Only where several writers can hold transactions at once (a server, not PGlite's single connection).
    if (options.slowWriters) it('lets appends run beside a slow transaction, and a reader of "everything after N" never skips the event it commits late', async () => {
      if (!fixture.slowAppend) throw new Error('a fixture with slow writers must give slowAppend');
      const after = await store.headPosition();
      const slow = await fixture.slowAppend(stream(), note('slow'));
      // Appends do not wait for the slow writer: it holds no lock they need.
      const fast = store.appendToStream(stream(), [note('fast')], { expectedVersion: 0 });
      const inTime = await Promise.race([fast.then(() => true), new Promise<boolean>((r) => setTimeout(() => r(false), 3000))]);
      if (!inTime) await slow.commit();
      expect(inTime).toBe(true);
      // A reader passing now, while the slow transaction (an earlier position) is still open…
      const first = await store.readAll({ after, maxCount: 100 });
      const cursor = first.length ? first[first.length - 1].globalPosition : after;
      await slow.commit();
      // …and going on from where it stopped, gets both, each once.
      const rest = await store.readAll({ after: cursor, maxCount: 100 });
      expect([...first, ...rest].map((e) => e.data.text).sort()).toEqual(['fast', 'slow']);
    });

    it('imports events recorded elsewhere once, however often they are delivered', async () => {
      const source = stream();
      const events = [note('x'), note('y')].map((e, i) => ({
        ...e, eventId: uuidv7(), streamId: source, streamVersion: i + 1, globalPosition: 100 + i,
        schemaVersion: 2, recordedAt: e.occurredAt, causationId: null,
      }));
      const inbox = `intake.${source}`;
      expect(await store.importEvents(inbox, events)).toHaveLength(2);
      expect(await store.importEvents(inbox, events)).toHaveLength(0);
      const copy = await store.readStream(inbox);
      expect(copy.map((e) => e.eventId)).toEqual(events.map((e) => e.eventId));
    });

    it('imports a batch for several streams at once: each after its own head, in order, repeats skipped', async () => {
      let position = 200;
      const recorded = (text: string) => ({
        ...note(text), eventId: uuidv7(), streamId: stream(), streamVersion: 1, globalPosition: position++,
        schemaVersion: 2, recordedAt: note(text).occurredAt, causationId: null,
      });
      const [a, b] = [`intake.${stream()}`, `intake.${stream()}`];
      const [a1, a2, a3, b1, b2] = ['a1', 'a2', 'a3', 'b1', 'b2'].map(recorded);
      await store.importEvents(a, [a1]);
      // a1 is already in; b1 comes twice, as a repeat published around a relay take-over would.
      const batch = [{ streamId: a, events: [a1, a2] }, { streamId: b, events: [b1] }, { streamId: a, events: [a3] }, { streamId: b, events: [b1, b2] }];
      expect((await store.importBatch(batch)).map((e) => [e.streamId, e.data.text])).toEqual([[a, 'a2'], [b, 'b1'], [a, 'a3'], [b, 'b2']]);
      expect((await store.readStream(a)).map((e) => [e.streamVersion, e.data.text])).toEqual([[1, 'a1'], [2, 'a2'], [3, 'a3']]);
      expect((await store.readStream(b)).map((e) => [e.streamVersion, e.data.text])).toEqual([[1, 'b1'], [2, 'b2']]);
      expect(await store.importBatch(batch)).toEqual([]);
      expect(await store.importBatch([])).toEqual([]);
    });

    it('imports nothing of a batch holding an event the catalogue refuses', async () => {
      const target = `intake.${stream()}`;
      const good = { ...note('fine'), eventId: uuidv7(), streamId: stream(), streamVersion: 1, globalPosition: 300, schemaVersion: 2, recordedAt: note('x').occurredAt, causationId: null };
      const refused = { ...good, eventId: uuidv7(), data: { text: 'x', channel: 'carrier_pigeon' } };
      await expect(store.importBatch([{ streamId: target, events: [good, refused] }])).rejects.toBeInstanceOf(InvalidEventError);
      expect(await store.readStream(target)).toEqual([]);
    });

    it('keeps named checkpoints', async () => {
      const name = `relay-${randomUUID()}`;
      expect(await store.checkpoints.load(name)).toBe(0);
      await store.checkpoints.save(name, 42);
      await store.checkpoints.save(name, 43);
      expect(await store.checkpoints.load(name)).toBe(43);
    });

    it('offers no way to change or delete a recorded event, and refuses it behind the port', async () => {
      for (const verb of ['update', 'delete', 'deleteStream', 'truncate']) expect(verb in fixture.store).toBe(false);
      const id = stream();
      await store.appendToStream(id, [note('kept')], { expectedVersion: 0 });
      for (const attempt of fixture.tamperAttempts ?? []) await expect(attempt()).rejects.toThrow(/append-only/);
      expect((await store.readStream(id)).map((e) => e.data.text)).toEqual(['kept']);
    });
  });
}
