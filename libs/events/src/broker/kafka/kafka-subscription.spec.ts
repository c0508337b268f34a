import type { ConsumerConfig, EachBatchPayload, EachMessagePayload, Kafka } from 'kafkajs';
import type { IncomingMessage } from '../message-broker.port';
import { HandlerFailedError } from './handler-failed-error';
import { BATCH_CHUNK, KafkaSubscription, PROBE_EVERY_MS, RELAUNCH_MAX_MS, type ConsumerTuning } from './kafka-subscription';

type Listener = (event: { payload: Record<string, unknown> }) => void;

/** Just enough of a kafkajs consumer to drive the subscription's lifecycle by hand. */
class FakeConsumer {
  readonly events = { GROUP_JOIN: 'consumer.group_join', CRASH: 'consumer.crash', CONNECT: 'consumer.connect' };
  readonly listeners: Array<[string, Listener]> = [];
  eachMessage?: (payload: EachMessagePayload) => Promise<void>;
  eachBatch?: (payload: EachBatchPayload) => Promise<void>;
  eachBatchAutoResolve?: boolean;
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
  async run(config: { eachMessage?: FakeConsumer['eachMessage']; eachBatch?: FakeConsumer['eachBatch']; eachBatchAutoResolve?: boolean }) {
    Object.assign(this, config);
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
  /** Whether the broker accepts connections, as the subscription's probe sees it. */
  let answering: boolean;
  let probes: number;
  let evicted: Array<[string, string]>;
  let evict: (groupId: string, memberId: string) => Promise<'evicted' | 'gone'>;
  const kafka = { consumer: (config: ConsumerConfig) => consumers[consumers.push(new FakeConsumer(config)) - 1] } as unknown as Kafka;
  let handleBatch: ((messages: IncomingMessage[]) => Promise<void>) | undefined;
  const subscription = () =>
    new KafkaSubscription(kafka, { groupId: 'g', topics: ['t'], handle: (m) => handle(m), handleBatch: handleBatch && ((ms) => handleBatch!(ms)) }, tuning, (_level, message) => void logs.push(message), {
      brokerAnswers: async () => (probes++, answering),
      evict: (groupId, memberId) => evict(groupId, memberId),
    });

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
    handleBatch = undefined;
    handle = async (m) => void handled.push(m);
    logs.length = 0;
    answering = true;
    probes = 0;
    evicted = [];
    evict = async (groupId, memberId) => (evicted.push([groupId, memberId]), 'evicted');
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

  /** A fetch of partition 2 holding these values at offsets 10, 11…; records what the subscription resolved. */
  function fetched(values: string[], running = () => true) {
    const resolved: string[] = [];
    const payload = {
      batch: { topic: 't', partition: 2, messages: values.map((v, i) => ({ key: Buffer.from('k'), value: Buffer.from(v), offset: String(10 + i), headers: {} })) },
      resolveOffset: (offset: string) => void resolved.push(offset),
      heartbeat: async () => {},
      isRunning: running,
      isStale: () => false,
    } as unknown as EachBatchPayload;
    return { payload, resolved };
  }

  it('hands a whole fetch to a batch handler at once, skipping what is not an event, and resolves it after', async () => {
    const batches: IncomingMessage[][] = [];
    handleBatch = async (ms) => void batches.push(ms);
    const s = await started();
    expect(consumers[0].eachMessage).toBeUndefined();
    expect(consumers[0].eachBatchAutoResolve).toBe(false);
    const { payload, resolved } = fetched([JSON.stringify(event), 'garbage', JSON.stringify({ ...event, eventId: 'e-2' })]);
    await consumers[0].eachBatch!(payload);
    expect(batches.map((b) => b.map((m) => [m.offset, m.event.eventId]))).toEqual([[['10', 'e-1'], ['12', 'e-2']]]);
    expect(resolved).toEqual(['12']);
    expect(handled).toEqual([]);
    await s.close();
  });

  it('resolves nothing of a fetch whose batch handler failed, and fails it as retriable', async () => {
    handleBatch = async () => {
      throw new Error('database down');
    };
    const s = await started();
    const { payload, resolved } = fetched([JSON.stringify(event)]);
    await expect(consumers[0].eachBatch!(payload)).rejects.toBeInstanceOf(HandlerFailedError);
    expect(resolved).toEqual([]);
    await s.close();
  });

  it('hands a large fetch over in chunks, each resolved as it is done, and stops between chunks when the consumer stops', async () => {
    const sizes: number[] = [];
    let running = true;
    handleBatch = async (ms) => {
      sizes.push(ms.length);
      running = sizes.length < 2;
    };
    const s = await started();
    const { payload, resolved } = fetched(Array.from({ length: BATCH_CHUNK * 2 + 1 }, () => JSON.stringify(event)), () => running);
    await consumers[0].eachBatch!(payload);
    expect(sizes).toEqual([BATCH_CHUNK, BATCH_CHUNK]);
    expect(resolved).toEqual([String(10 + BATCH_CHUNK - 1), String(10 + 2 * BATCH_CHUNK - 1)]);
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

  /** A started subscription whose consumer joined as `memberId`. */
  async function joinedAs(memberId: string): Promise<KafkaSubscription> {
    jest.useFakeTimers();
    const s = subscription();
    const starting = s.start();
    await jest.advanceTimersByTimeAsync(0);
    consumers[0].emit(consumers[0].events.GROUP_JOIN, { memberId });
    await starting;
    return s;
  }

  it('does not let kafkajs restart a consumer while the broker refuses connections', async () => {
    const s = await joinedAs('m-1');
    const restartOnFailure = consumers[0].config.retry!.restartOnFailure!;
    answering = false;
    expect(await restartOnFailure(new Error('ECONNREFUSED'))).toBe(false);
    answering = true;
    expect(await restartOnFailure(new Error('rebalance'))).toBe(true);
    await s.close();
  });

  it('relaunches a stopped consumer as soon as the broker answers, probing twice a second and logging once meanwhile', async () => {
    const s = await joinedAs('m-1');
    answering = false;
    consumers[0].emit(consumers[0].events.CRASH, { restart: false, error: new Error('ECONNREFUSED') });
    await jest.advanceTimersByTimeAsync(60_000);
    expect(consumers).toHaveLength(1);
    expect(probes).toBeGreaterThan(60_000 / PROBE_EVERY_MS - 10);
    expect(probes).toBeLessThanOrEqual(60_000 / PROBE_EVERY_MS);
    expect(logs.filter((l) => l.startsWith('consumer stopped by kafkajs'))).toHaveLength(1);

    answering = true;
    await jest.advanceTimersByTimeAsync(PROBE_EVERY_MS);
    expect(consumers).toHaveLength(2);
    expect(consumers[1].eachMessage).toBeDefined();
    await s.close();
  });

  it('keeps the relaunch backoff within a few seconds however often relaunching fails', async () => {
    const s = await joinedAs('m-1');
    let failing = true;
    const failingConsumer = kafka.consumer;
    (kafka as { consumer: unknown }).consumer = (config: ConsumerConfig) => {
      const c = failingConsumer(config) as unknown as FakeConsumer;
      if (failing) c.connect = async () => Promise.reject(new Error('broker not ready'));
      return c;
    };
    try {
      consumers[0].emit(consumers[0].events.CRASH, { restart: false, error: new Error('coordinator not found') });
      await jest.advanceTimersByTimeAsync(60_000);
      const attempts = consumers.length;
      failing = false;
      await jest.advanceTimersByTimeAsync(RELAUNCH_MAX_MS);
      expect(consumers.length).toBe(attempts + 1);
      expect(consumers.at(-1)!.eachMessage).toBeDefined();
    } finally {
      (kafka as { consumer: unknown }).consumer = failingConsumer;
      await s.close();
    }
  });

  it('evicts the member a crashed consumer left in the group once a consumer connects again, not the one there now', async () => {
    const s = await joinedAs('m-1');
    consumers[0].emit(consumers[0].events.CRASH, { restart: true, error: new Error('broker down') });
    expect(evicted).toEqual([]);
    consumers[0].emit(consumers[0].events.CONNECT);
    await jest.advanceTimersByTimeAsync(0);
    expect(evicted).toEqual([['g', 'm-1']]);

    consumers[0].emit(consumers[0].events.GROUP_JOIN, { memberId: 'm-2' });
    consumers[0].emit(consumers[0].events.CONNECT);
    await jest.advanceTimersByTimeAsync(0);
    expect(evicted).toEqual([['g', 'm-1']]);
    await s.close();
  });

  it('keeps trying to evict while the coordinator is still loading, and again on the next connect if it never answered', async () => {
    const s = await joinedAs('m-1');
    let refusals = 3;
    evict = async (groupId, memberId) => {
      if (refusals-- > 0) throw new Error('COORDINATOR_LOAD_IN_PROGRESS');
      evicted.push([groupId, memberId]);
      return 'evicted';
    };
    consumers[0].emit(consumers[0].events.CRASH, { restart: true, error: new Error('broker down') });
    consumers[0].emit(consumers[0].events.CONNECT);
    await jest.advanceTimersByTimeAsync(5_000);
    expect(evicted).toEqual([['g', 'm-1']]);

    consumers[0].emit(consumers[0].events.GROUP_JOIN, { memberId: 'm-2' });
    consumers[0].emit(consumers[0].events.CRASH, { restart: true, error: new Error('broker down again') });
    refusals = Infinity;
    consumers[0].emit(consumers[0].events.CONNECT);
    await jest.advanceTimersByTimeAsync(30_000);
    expect(logs).toContain('could not evict a group member left behind; the group may wait for its session timeout');
    refusals = 0;
    consumers[0].emit(consumers[0].events.CONNECT);
    await jest.advanceTimersByTimeAsync(0);
    expect(evicted).toEqual([['g', 'm-1'], ['g', 'm-2']]);
    await s.close();
  });
});
