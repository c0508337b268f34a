import { InProcessBroker } from '../broker/in-process-broker';
import type { IncomingMessage, MessageBroker, OutgoingMessage } from '../broker/message-broker.port';
import { topicOf } from '../catalogue/event-definition';
import { CataloguedEventStore } from '../store/catalogued-event-store';
import { pgliteExecutor } from '../store/postgres/drivers';
import type { SqlExecutor } from '../store/postgres/sql-executor';
import { PostgresEventStore } from '../store/postgres/postgres-event-store';
import { note, testCatalogue } from '../testing/test-catalogue';
import { OutboxRelay } from './outbox-relay';

/** A broker that can be switched off, like Kafka during an outage. */
class FlakyBroker extends InProcessBroker {
  down = false;
  override async publish(topic: string, messages: OutgoingMessage[]): Promise<void> {
    if (this.down) throw new Error('broker unavailable');
    return super.publish(topic, messages);
  }
}

describe('Outbox relay', () => {
  let store: CataloguedEventStore;
  let broker: FlakyBroker;
  let received: IncomingMessage[];
  let relay: OutboxRelay;

  beforeEach(async () => {
    store = new CataloguedEventStore(await PostgresEventStore.open(sql, `relay_${++run}`), testCatalogue);
    broker = new FlakyBroker();
    received = [];
    await broker.subscribe({ groupId: 'monitoring', topics: [topicOf('monitoring')], handle: async (m) => void received.push(m) });
    relay = new OutboxRelay(store, broker as MessageBroker, testCatalogue);
  });
  afterEach(async () => {
    await relay.stop();
  });
  // One embedded database per file (it takes seconds to start); a fresh schema per test.
  let sql: SqlExecutor;
  let run = 0;
  beforeAll(async () => (sql = await pgliteExecutor()));
  afterAll(() => sql.close());

  it('publishes committed events to their context topic, keyed by case id, without personal data', async () => {
    await store.appendToStream('case-c1', [note('a', { data: { text: 'a', channel: 'phone', personal: { name: 'Awa' } } })], { expectedVersion: 0 });
    relay.start();
    await relay.caughtUp();
    expect(received).toHaveLength(1);
    expect(received[0]).toMatchObject({ topic: 'homeward.monitoring.events', key: 'c1', event: { data: { text: 'a' } } });
    expect(received[0].event.data.personal).toBeUndefined();
  });

  it('loses nothing while the broker is down and delivers everything, in order, once it is back', async () => {
    broker.down = true;
    relay.start();
    await store.appendToStream('case-c2', [note('1'), note('2')], { expectedVersion: 0 });
    relay.wake();
    await new Promise((r) => setTimeout(r, 300));
    expect(received).toHaveLength(0);
    expect(await store.checkpoints.load(OutboxRelay.CHECKPOINT)).toBe(0);
    broker.down = false;
    await relay.caughtUp();
    expect(received.map((m) => m.event.data.text)).toEqual(['1', '2']);
  });

  it('resumes after a restart from its checkpoint, not from the beginning', async () => {
    await store.appendToStream('case-c3', [note('before')], { expectedVersion: 0 });
    relay.start();
    await relay.caughtUp();
    await relay.stop();
    await store.appendToStream('case-c3', [note('after')], { expectedVersion: 1 });
    relay = new OutboxRelay(store, broker, testCatalogue);
    relay.start();
    await relay.caughtUp();
    expect(received.map((m) => m.event.data.text)).toEqual(['before', 'after']);
  });

  it('does not relay copies of other services events kept in the inbox', async () => {
    await store.appendToStream('inbox.intake.case-c4', [note('copy')], { expectedVersion: 0 });
    relay.start();
    await relay.caughtUp();
    expect(received).toHaveLength(0);
  });
});
