import { InProcessBroker } from '../broker/in-process-broker';
import type { MessageBroker, SubscribeOptions } from '../broker/message-broker.port';
import { EventCatalogue } from '../catalogue/event-catalogue';
import { topicOf } from '../catalogue/event-definition';
import type { RecordedEvent } from '../envelope';
import { CataloguedEventStore } from '../store/catalogued-event-store';
import { pgliteExecutor } from '../store/postgres/drivers';
import { PostgresEventStore } from '../store/postgres/postgres-event-store';
import type { SqlExecutor } from '../store/postgres/sql-executor';
import type { EventStore } from '../store/event-store.port';
import { testCatalogue } from '../testing/test-catalogue';
import { uuidv7 } from '../uuid';
import { PostgresDeadLetters } from './dead-letters';
import { DEAD_LETTER_AFTER, InboxConsumer } from './inbox-consumer';

const TOPIC = topicOf('monitoring');

let version = 0;
const published = (streamId: string, data: Record<string, unknown>): RecordedEvent => ({
  eventId: uuidv7(), streamId, streamVersion: ++version, globalPosition: version, type: 'test.NoteTaken', schemaVersion: 2,
  occurredAt: '2026-12-01T09:00:00.000Z', recordedAt: '2026-12-01T09:00:00.000Z', actor: { userId: 'u', role: 'case_manager' },
  country: 'SN', correlationId: 'c', causationId: null, data,
});

/** What the outbox relay does with a publish the broker rejects: publish it again, a bounded number of times here. */
async function relay(broker: InProcessBroker, key: string, event: RecordedEvent): Promise<number> {
  for (let attempt = 1; ; attempt++) {
    try {
      await broker.publish(TOPIC, [{ key, event }]);
      return attempt;
    } catch (error) {
      if (attempt > 20) throw error;
    }
  }
}

describe('The inbox sets aside an event it cannot take in, so the ones behind it still arrive', () => {
  let sql: SqlExecutor;
  let run = 0;
  beforeAll(async () => (sql = await pgliteExecutor()));
  afterAll(() => sql.close());

  async function consumer() {
    const schema = `inbox_${++run}`;
    const store = new CataloguedEventStore(await PostgresEventStore.open(sql, schema), testCatalogue);
    const deadLetters = await PostgresDeadLetters.open(sql, schema);
    const broker = new InProcessBroker();
    const inbox = new InboxConsumer(store, broker, testCatalogue, 'monitoring', ['monitoring'], deadLetters);
    await inbox.start();
    return { store, deadLetters, broker, inbox };
  }

  it('tries a refused event a few times, keeps it with its error, and takes the next event of the same case', async () => {
    const { store, deadLetters, broker } = await consumer();
    const poison = published('case-a', { text: 'x', channel: 'carrier_pigeon' });
    const next = published('case-a', { text: 'next', channel: 'phone' });
    expect(await relay(broker, 'a', poison)).toBe(DEAD_LETTER_AFTER);
    await relay(broker, 'a', next);
    expect((await store.readStream('inbox.monitoring.case-a')).map((e) => e.data.text)).toEqual(['next']);
    const [letter] = await deadLetters.list();
    expect(letter).toMatchObject({ topic: TOPIC, attempts: DEAD_LETTER_AFTER, event: { eventId: poison.eventId }, error: expect.stringContaining('channel') });
  });

  it('retries a dead letter once the catalogue takes it, and removes it from the store', async () => {
    const { store, deadLetters, broker } = await consumer();
    const poison = published('case-b', { text: 'x', channel: 'carrier_pigeon' });
    await relay(broker, 'b', poison);
    // Still refused: stays where it is.
    const strict = new InboxConsumer(store, broker, testCatalogue, 'ops', [], deadLetters);
    expect((await strict.retryDeadLetters()).refused.map((r) => r.eventId)).toEqual([poison.eventId]);
    // The fix ships: the consumer's catalogue now knows the channel.
    const fixed = new EventCatalogue([{ ...testCatalogue.definitions[0], versions: { ...testCatalogue.definitions[0].versions, 2: { type: 'object' } } }]);
    const patched = new InboxConsumer(new CataloguedEventStore(await PostgresEventStore.open(sql, `inbox_${run}`), fixed), broker, fixed, 'ops', [], deadLetters);
    expect(await patched.retryDeadLetters()).toEqual({ imported: [poison.eventId], refused: [] });
    expect(await deadLetters.list()).toEqual([]);
    expect((await store.readStream('inbox.monitoring.case-b')).map((e) => e.eventId)).toEqual([poison.eventId]);
  });

  it('does not set aside an event because the database failed: that is retried for as long as it lasts', async () => {
    const { store, deadLetters, broker } = await consumer();
    const failing = Object.assign(Object.create(store), { importEvents: async () => { throw new Error('connection refused'); } });
    const inbox = new InboxConsumer(failing, broker, testCatalogue, 'down', ['monitoring'], deadLetters);
    await inbox.start();
    const event = published('case-c', { text: 'ok', channel: 'phone' });
    await expect(relay(broker, 'c', event)).rejects.toThrow('connection refused');
    expect(await deadLetters.list()).toEqual([]);
  });
});

/** A broker that hands over a whole fetch, as Kafka does: to the batch handler where there is one, else message by message. */
class FetchingBroker {
  private options?: SubscribeOptions;
  private offset = 0;
  async subscribe(options: SubscribeOptions) {
    this.options = options;
    return { close: async () => {} };
  }
  /** One fetch of one partition; rejects as the consumer's handler did (Kafka would deliver it again). */
  async fetch(events: RecordedEvent[]): Promise<void> {
    const messages = events.map((event) => ({ topic: TOPIC, partition: 0, offset: String(this.offset++), key: event.streamId, event }));
    if (this.options!.handleBatch) return this.options!.handleBatch(messages);
    for (const m of messages) await this.options!.handle(m);
  }
}

describe('The inbox takes a fetch of many messages in one round trip', () => {
  let sql: SqlExecutor;
  let run = 0;
  beforeAll(async () => (sql = await pgliteExecutor()));
  afterAll(() => sql.close());

  /** An inbox over a store that counts its writes: each one is a round trip to the database. */
  async function consumer() {
    const schema = `inbox_batch_${++run}`;
    const store = new CataloguedEventStore(await PostgresEventStore.open(sql, schema), testCatalogue);
    const writes = { batches: 0, single: 0 };
    const counted = Object.assign(Object.create(store), {
      importBatch: (...args: Parameters<EventStore['importBatch']>) => (writes.batches++, store.importBatch(...args)),
      importEvents: (...args: Parameters<EventStore['importEvents']>) => (writes.single++, store.importEvents(...args)),
    });
    const deadLetters = await PostgresDeadLetters.open(sql, schema);
    const broker = new FetchingBroker();
    const inbox = new InboxConsumer(counted, broker as unknown as MessageBroker, testCatalogue, 'monitoring', ['monitoring'], deadLetters);
    await inbox.start();
    return { store, writes, deadLetters, broker, inbox };
  }

  it('imports fifty messages of several cases in one write, each into its case\'s inbox stream, in order', async () => {
    const { store, writes, broker, inbox } = await consumer();
    const events = Array.from({ length: 50 }, (_, i) => published(`case-${i % 5}`, { text: `n${i}`, channel: 'phone' }));
    await broker.fetch(events);
    expect(writes).toEqual({ batches: 1, single: 0 });
    expect(inbox.handled).toBe(50);
    expect((await store.readStream('inbox.monitoring.case-3')).map((e) => e.data.text)).toEqual(['n3', 'n8', 'n13', 'n18', 'n23', 'n28', 'n33', 'n38', 'n43', 'n48']);
    // Delivered again (a crash before the offset was committed): nothing changes.
    await broker.fetch(events);
    expect(await store.readAll({ after: 0, maxCount: 1000 })).toHaveLength(50);
  });

  it('sets aside a refused event in a fetch after the usual tries, and takes the rest of the fetch', async () => {
    const { store, deadLetters, broker } = await consumer();
    const before = published('case-p', { text: 'before', channel: 'phone' });
    const poison = published('case-p', { text: 'x', channel: 'carrier_pigeon' });
    const after = published('case-q', { text: 'after', channel: 'phone' });
    let deliveries = 0;
    for (;;) {
      deliveries++;
      const outcome = await broker.fetch([before, poison, after]).then(() => 'taken', () => 'again');
      if (outcome === 'taken' || deliveries > 10) break;
    }
    expect(deliveries).toBe(DEAD_LETTER_AFTER);
    expect((await deadLetters.list()).map((l) => l.event.eventId)).toEqual([poison.eventId]);
    expect((await store.readAll({ after: 0, maxCount: 10 })).map((e) => e.data.text)).toEqual(['before', 'after']);
  });

  it('does not set a fetch aside because the database failed', async () => {
    const { deadLetters, broker, inbox } = await consumer();
    Object.assign(inbox as unknown as { store: EventStore }, {
      store: { importBatch: async () => { throw new Error('connection refused'); } },
    });
    await expect(broker.fetch([published('case-d', { text: 'ok', channel: 'phone' })])).rejects.toThrow('connection refused');
    expect(await deadLetters.list()).toEqual([]);
  });
});
