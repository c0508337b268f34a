import { randomUUID } from 'node:crypto';
import { KafkaBroker, type IncomingMessage } from '@homeward/events';
import { noteMessage as message } from '@homeward/events/testing';
import { startPrivateKafka, type PrivateKafka } from '../testing/private-kafka';

/**
 * The Kafka adapter while its broker is down. The broker is the suite's own (beside the adapter's
 * contract in libs/events, which runs on the shared one): stopping the shared broker would pull it
 * from under the suites running beside this one.
 */
describe('KafkaBroker through a broker outage (a real Kafka of its own, stopped and started)', () => {
  let kafka: PrivateKafka;
  let broker: KafkaBroker | undefined;

  beforeAll(async () => {
    kafka = await startPrivateKafka();
  }, 120_000);
  afterAll(async () => {
    await broker?.close();
    await kafka?.remove();
  }, 60_000);

  it('rejects a publish within a bounded time while the broker is down, then recovers by itself', async () => {
    broker = await KafkaBroker.connect({
      brokers: kafka.brokers,
      clientId: `outage-${randomUUID().slice(0, 8)}`,
      logLevel: 'nothing',
      // Faster rebalances than production needs: members notice a new member within a second.
      consumer: { heartbeatIntervalMs: 500, sessionTimeoutMs: 10_000, maxWaitTimeMs: 500 },
    });
    const topic = `contract.${randomUUID()}`;
    const survivor = new Map<string, IncomingMessage>();
    await broker.subscribe({ groupId: `outage-${randomUUID()}`, topics: [topic], handle: async (m) => void survivor.set(m.event.eventId, m) });
    const [before, during, after] = [message('a'), message('a'), message('b')];
    await broker.publish(topic, [before]);
    await waitFor(() => survivor.has(before.event.eventId));

    await kafka.stop();
    try {
      const started = Date.now();
      await expect(broker.publish(topic, [during])).rejects.toThrow();
      expect(Date.now() - started).toBeLessThan(30_000);
      await expect(broker.ping()).rejects.toThrow();
    } finally {
      await kafka.start();
    }

    // The relay would publish what failed again, with whatever came since.
    await broker.publish(topic, [during, after]);
    await broker.ping();
    const all = [before, during, after].map((m) => m.event.eventId);
    await waitFor(() => all.every((id) => survivor.has(id)), 60_000);
    const latecomer = new Map<string, IncomingMessage>();
    await broker.subscribe({ groupId: `outage-${randomUUID()}`, topics: [topic], handle: async (m) => void latecomer.set(m.event.eventId, m) });
    await waitFor(() => all.every((id) => latecomer.has(id)));
    expect(survivor.get(during.event.eventId)?.event).toEqual(during.event);
  }, 150_000);
});

async function waitFor(condition: () => boolean, deadlineMs = 30_000): Promise<void> {
  const deadline = Date.now() + deadlineMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${deadlineMs} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
