import { randomUUID } from 'node:crypto';
import type { RecordedEvent } from '../envelope';
import type { IncomingMessage, MessageBroker, OutgoingMessage, Subscription } from '../broker/message-broker.port';
import { uuidv7 } from '../uuid';

export interface MessageBrokerFixture {
  broker: MessageBroker;
  /** A topic no other test uses (it need not exist yet: brokers create topics on demand). */
  newTopic(): Promise<string>;
}

/** Long enough for a Kafka group to join and rebalance; waits poll, so a fast broker is not slowed down. */
const DEADLINE_MS = 30_000;

/**
 * What every message broker adapter must do. The broker is opened once per suite; every
 * test uses its own topic and group names, so tests do not see each other's messages.
 * Kafka delivers asynchronously and the in-process broker synchronously inside publish,
 * so tests publish, then poll for the outcome; they never rely on either timing.
 */
export function messageBrokerContract(name: string, open: () => Promise<MessageBrokerFixture>): void {
  describe(`MessageBroker contract: ${name}`, () => {
    let fixture: MessageBrokerFixture;
    let broker: MessageBroker;
    let subscriptions: Subscription[] = [];

    beforeAll(async () => {
      fixture = await open();
      broker = fixture.broker;
    });
    afterEach(async () => {
      await Promise.all(subscriptions.map((s) => s.close()));
      subscriptions = [];
    });
    afterAll(() => broker.close());

    const group = () => `contract-${randomUUID()}`;
    const subscribe = async (groupId: string, topic: string, inbox: Inbox): Promise<Subscription> => {
      const subscription = await broker.subscribe({ groupId, topics: [topic], handle: inbox.handle });
      subscriptions.push(subscription);
      return subscription;
    };

    it('answers ping', async () => {
      await expect(broker.ping()).resolves.toBeUndefined();
    });

    it('delivers every published message to a subscribed group, with the envelope intact', async () => {
      const topic = await fixture.newTopic();
      const inbox = new Inbox();
      await subscribe(group(), topic, inbox);
      const messages = [...stream('a', 3), ...stream('b', 2)];
      messages[1].event.causationId = messages[0].event.eventId;

      await broker.publish(topic, messages);
      await waitFor(() => inbox.count() >= messages.length, 'all messages delivered');

      expect(inbox.count()).toBe(messages.length);
      for (const sent of messages) {
        const [got] = inbox.received.filter((m) => m.event.eventId === sent.event.eventId);
        expect(got.event).toEqual(sent.event);
        expect(got).toMatchObject({ topic, key: sent.key });
        expect(Number.isInteger(got.partition) && got.partition >= 0).toBe(true);
        expect(got.offset).toMatch(/^\d+$/);
      }
    });

    it("keeps each key's messages in publish order, across publishes", async () => {
      const topic = await fixture.newTopic();
      const inbox = new Inbox();
      await subscribe(group(), topic, inbox);
      const messages = interleave([stream('k1', 10), stream('k2', 10), stream('k3', 10)]);

      for (let i = 0; i < messages.length; i += 10) await broker.publish(topic, messages.slice(i, i + 10));
      await waitFor(() => inbox.count() >= messages.length, '30 messages delivered');

      for (const key of ['k1', 'k2', 'k3']) expect(inbox.versionsOf(key)).toEqual(range(1, 10));
    });

    it('gives every group all messages, each its own copy', async () => {
      const topic = await fixture.newTopic();
      // This group's handler scribbles on what it receives; nobody else may see that.
      const careless = new Inbox((m) => void (m.event.data.text = 'scribbled'));
      const careful = new Inbox();
      await subscribe(group(), topic, careless);
      await subscribe(group(), topic, careful);
      const messages = [...stream('a', 3), ...stream('b', 3)];
      const asPublished = structuredClone(messages);

      await broker.publish(topic, messages);
      await waitFor(() => careless.count() >= 6 && careful.count() >= 6, 'both groups got all messages');

      expect(careful.ids()).toEqual(ids(messages));
      expect(careless.ids()).toEqual(ids(messages));
      expect(byId(careful.received.map((m) => m.event))).toEqual(byId(asPublished.map((m) => m.event)));
      expect(messages).toEqual(asPublished);
    });

    it('shares a group between its members: each message to exactly one, a key always to the same one', async () => {
      const topic = await fixture.newTopic();
      const groupId = group();
      const first = new Inbox();
      const second = new Inbox();
      await subscribe(groupId, topic, first);
      await subscribe(groupId, topic, second);
      // Many keys, so that both members own some of them whatever the partitioning.
      const messages = interleave(Array.from({ length: 20 }, (_, i) => stream(`case-${i}`, 2)));

      await broker.publish(topic, messages);
      await waitFor(() => first.count() + second.count() >= messages.length, 'all messages delivered to the group');

      expect(first.count() + second.count()).toBe(messages.length);
      expect([...first.ids(), ...second.ids()].sort()).toEqual(ids(messages));
      expect(first.count()).toBeGreaterThan(0);
      expect(second.count()).toBeGreaterThan(0);
      const firstKeys = new Set(first.received.map((m) => m.key));
      expect(second.received.filter((m) => firstKeys.has(m.key))).toEqual([]);
    });

    it('delivers a message again after its handler failed, without skipping or reordering the rest', async () => {
      const topic = await fixture.newTopic();
      const messages = interleave([stream('a', 3), stream('b', 3)]);
      const victim = messages[4].event.eventId; // the third of key a: messages come before and after it
      let failures = 0;
      // A TypeError, as a handler's bug would throw: some clients treat it as fatal instead of retrying.
      const inbox = new Inbox((m) => {
        if (m.event.eventId === victim && failures++ === 0) throw new TypeError("Cannot read properties of undefined (reading 'x')");
      });
      await subscribe(group(), topic, inbox);

      // Like the outbox relay: a rejected publish is published again (the in-process broker
      // rejects with the handler's error; Kafka accepts and redelivers by itself).
      await publishUntilAccepted(broker, topic, messages);
      await waitFor(() => inbox.ids().length >= messages.length, 'every message handled once it succeeded');

      expect(failures).toBeGreaterThanOrEqual(1);
      expect(inbox.ids()).toEqual(ids(messages));
      expect(inbox.versionsOf('a')).toEqual([1, 2, 3]);
      expect(inbox.versionsOf('b')).toEqual([1, 2, 3]);
    });

    it('gives a group that subscribes late everything published before it came, as a service started after its producer', async () => {
      const topic = await fixture.newTopic();
      const early = [...stream('a', 3), ...stream('b', 2)];
      await broker.publish(topic, early);
      const late = new Inbox();
      await subscribe(group(), topic, late);
      const after = stream('c', 2);
      await broker.publish(topic, after);
      await waitFor(() => late.ids().length >= early.length + after.length, 'the late group got what came before and after it');

      expect(late.ids()).toEqual(ids([...early, ...after]));
      expect(late.versionsOf('a')).toEqual([1, 2, 3]);
    });

    it('stops delivering to a closed subscription', async () => {
      const topic = await fixture.newTopic();
      const closing = new Inbox();
      const witness = new Inbox();
      const subscription = await subscribe(group(), topic, closing);
      await subscribe(group(), topic, witness);
      const [before, after] = stream('a', 2);

      await broker.publish(topic, [before]);
      await waitFor(() => closing.count() === 1 && witness.count() === 1, 'first message delivered');
      await subscription.close();
      await broker.publish(topic, [after]);
      await waitFor(() => witness.count() === 2, 'second message delivered to the open group');
      // The witness got it; a closed consumer that still ran would have fetched it about as fast.
      await sleep(300);

      expect(closing.ids()).toEqual([before.event.eventId]);
    });
  });
}

/** Records what one subscriber handled; `react` runs first and may throw to fail delivery. */
class Inbox {
  readonly received: IncomingMessage[] = [];

  constructor(private readonly react: (message: IncomingMessage) => void = () => {}) {}

  readonly handle = async (message: IncomingMessage): Promise<void> => {
    this.react(message);
    this.received.push(message);
  };

  count(): number {
    return this.received.length;
  }

  /** Distinct event ids, sorted; redeliveries of a handled message count once. */
  ids(): string[] {
    return [...new Set(this.received.map((m) => m.event.eventId))].sort();
  }

  /** Stream versions of one key in the order first handled. */
  versionsOf(key: string): number[] {
    return [...new Set(this.received.filter((m) => m.key === key).map((m) => m.event.streamVersion))];
  }
}

let position = 0;

/** `count` events of one case, keyed by it, as the outbox relay would publish them. */
function stream(key: string, count: number): OutgoingMessage[] {
  const streamId = `case-${key}`;
  return range(1, count).map((streamVersion) => ({ key, event: recorded(streamId, streamVersion) }));
}

function recorded(streamId: string, streamVersion: number): RecordedEvent {
  return {
    eventId: uuidv7(),
    streamId,
    streamVersion,
    globalPosition: ++position,
    type: 'test.NoteTaken',
    schemaVersion: 2,
    occurredAt: '2026-11-01T10:00:00.000Z',
    recordedAt: new Date().toISOString(),
    actor: { userId: 'u-1', role: 'case_manager' },
    country: 'SN',
    correlationId: uuidv7(),
    causationId: null,
    data: { text: `visite n°${streamVersion} – café ✓`, channel: 'phone', tags: ['a', 'b'], nested: { score: 0.5, none: null } },
  };
}

function interleave<T>(lists: T[][]): T[] {
  const out: T[] = [];
  for (let i = 0; i < Math.max(...lists.map((l) => l.length)); i++) for (const list of lists) if (i < list.length) out.push(list[i]);
  return out;
}

const range = (from: number, to: number): number[] => Array.from({ length: to - from + 1 }, (_, i) => from + i);
const byId = (events: RecordedEvent[]): RecordedEvent[] => [...events].sort((a, b) => a.eventId.localeCompare(b.eventId));
const ids = (messages: OutgoingMessage[]): string[] => messages.map((m) => m.event.eventId).sort();
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

async function waitFor(condition: () => boolean, what: string, deadlineMs = DEADLINE_MS): Promise<void> {
  const deadline = Date.now() + deadlineMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out after ${deadlineMs} ms waiting for: ${what}`);
    await sleep(25);
  }
}

async function publishUntilAccepted(broker: MessageBroker, topic: string, messages: OutgoingMessage[], attempts = 5): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await broker.publish(topic, messages);
    } catch (error) {
      if (attempt >= attempts) throw error;
    }
  }
}
