import type { ConsumerConfig, EachMessagePayload, Kafka } from 'kafkajs';
import type { IncomingMessage } from '../message-broker.port';
import { HandlerFailedError } from './handler-failed-error';
import { KafkaSubscription, type ConsumerTuning } from './kafka-subscription';

type Listener = (event: { payload: Record<string, unknown> }) => void;

/** Just enough of a kafkajs consumer to drive the subscription's lifecycle by hand. */
class FakeConsumer {
  readonly events = { GROUP_JOIN: 'consumer.group_join', CRASH: 'consumer.crash' };
  readonly listeners: Array<[string, Listener]> = [];
  eachMessage?: (payload: EachMessagePayload) => Promise<void>;
  disconnected = false;

  constructor(readonly config: ConsumerConfig) {}
  on(name: string, listener: Listener) {
    const entry: [string, Listener] = [name, listener];
    this.listeners.push(entry);
    return () => void this.listeners.splice(this.listeners.indexOf(entry), 1);
  }
  emit(name: string, payload: Record<string, unknown> = {}) {
    for (const [n, l] of [...this.listeners]) if (n === name) l({ payload });
  }
  async connect() {}
  async subscribe() {}
  async run({ eachMessage }: { eachMessage: (payload: EachMessagePayload) => Promise<void> }) {
    this.eachMessage = eachMessage;
  }
  async disconnect() {
    this.disconnected = true;
  }
}

const tuning: ConsumerTuning = { sessionTimeoutMs: 10_000, heartbeatIntervalMs: 500, maxWaitTimeMs: 500, joinTimeoutMs: 5_000 };
const flush = () => new Promise((r) => setImmediate(r));

describe('KafkaSubscription', () => {
  let consumers: FakeConsumer[];
  let handled: IncomingMessage[];
  let handle: (message: IncomingMessage) => Promise<void>;
  const logs: string[] = [];
  const kafka = { consumer: (config: ConsumerConfig) => consumers[consumers.push(new FakeConsumer(config)) - 1] } as unknown as Kafka;
  const subscription = () =>
    new KafkaSubscription(kafka, { groupId: 'g', topics: ['t'], handle: (m) => handle(m) }, tuning, (_level, message) => void logs.push(message));

  /** Starts a subscription whose first consumer joins its group at once. */
  async function started(): Promise<KafkaSubscription> {
    const s = subscription();
    const starting = s.start();
    await flush();
    consumers[0].emit(consumers[0].events.GROUP_JOIN);
    await starting;
    return s;
  }

  const payload = (value: string): EachMessagePayload =>
    ({ topic: 't', partition: 2, message: { key: Buffer.from('k'), value: Buffer.from(value), offset: '5', headers: {} } }) as unknown as EachMessagePayload;
  const event = { eventId: 'e-1', streamId: 'case-k', type: 'x.Happened', data: {} };

  beforeEach(() => {
    consumers = [];
    handled = [];
    handle = async (m) => void handled.push(m);
    logs.length = 0;
  });
  afterEach(() => jest.useRealTimers());

  it('resolves start once the member has joined its group', async () => {
    const s = subscription();
    let done = false;
    const starting = s.start().then(() => (done = true));
    await flush();
    expect(done).toBe(false);
    consumers[0].emit(consumers[0].events.GROUP_JOIN);
    await starting;
    expect(consumers[0].config).toMatchObject({ groupId: 'g', allowAutoTopicCreation: false });
    await s.close();
  });

  it('fails start, and lets go of the consumer, when the group is not joined in time', async () => {
    jest.useFakeTimers();
    const starting = subscription().start();
    const outcome = expect(starting).rejects.toThrow(/joining consumer group g/);
    await jest.advanceTimersByTimeAsync(tuning.joinTimeoutMs + 1);
    await outcome;
    expect(consumers[0].disconnected).toBe(true);
  });

  it('hands decoded messages to the handler, and turns its failure into a retriable error', async () => {
    const s = await started();
    await consumers[0].eachMessage!(payload(JSON.stringify(event)));
    expect(handled).toEqual([{ topic: 't', partition: 2, offset: '5', key: 'k', event }]);

    handle = async () => {
      throw new TypeError('bug');
    };
    const failure = await consumers[0].eachMessage!(payload(JSON.stringify(event))).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(HandlerFailedError);
    expect(failure).toMatchObject({ retriable: true, name: 'HandlerFailedError' });
    await s.close();
  });

  it('skips a message that is not an event instead of stalling its partition', async () => {
    const s = await started();
    await expect(consumers[0].eachMessage!(payload('garbage'))).resolves.toBeUndefined();
    expect(handled).toEqual([]);
    expect(logs).toContain('skipping a message that is not an event');
    await s.close();
  });

  it('replaces a consumer that kafkajs stopped for good, not one it restarts itself', async () => {
    jest.useFakeTimers();
    const s = subscription();
    const starting = s.start();
    await jest.advanceTimersByTimeAsync(0);
    consumers[0].emit(consumers[0].events.GROUP_JOIN);
    await starting;

    consumers[0].emit(consumers[0].events.CRASH, { restart: true, error: new Error('kafkajs restarts this one') });
    await jest.advanceTimersByTimeAsync(60_000);
    expect(consumers).toHaveLength(1);

    consumers[0].emit(consumers[0].events.CRASH, { restart: false, error: new Error('non-retriable') });
    await jest.advanceTimersByTimeAsync(1_000);
    expect(consumers).toHaveLength(2);
    expect(consumers[0].disconnected).toBe(true);
    expect(consumers[1].eachMessage).toBeDefined();
    await s.close();
  });

  it('neither restarts nor replaces a consumer after close', async () => {
    jest.useFakeTimers();
    const s = subscription();
    const starting = s.start();
    await jest.advanceTimersByTimeAsync(0);
    consumers[0].emit(consumers[0].events.GROUP_JOIN);
    await starting;
    const restartOnFailure = consumers[0].config.retry!.restartOnFailure!;
    expect(await restartOnFailure(new Error('x'))).toBe(true);

    await s.close();
    expect(await restartOnFailure(new Error('x'))).toBe(false);
    consumers[0].emit(consumers[0].events.CRASH, { restart: false, error: new Error('late crash') });
    await jest.advanceTimersByTimeAsync(60_000);
    expect(consumers).toHaveLength(1);
    expect(consumers[0].disconnected).toBe(true);
  });
});
