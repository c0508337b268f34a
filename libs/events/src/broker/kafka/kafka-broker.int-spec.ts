import { randomUUID } from 'node:crypto';
import { ConfigResourceTypes, Kafka, logLevel } from 'kafkajs';
import type { IncomingMessage } from '../message-broker.port';
import { messageBrokerContract } from '../../testing/message-broker.contract';
import { noteMessage as message } from '../../testing/note-message';
import { requireEnv } from '../../testing/require-env';
import { headerText } from './kafka-codec';
import { KafkaBroker, type KafkaBrokerOptions } from './kafka-broker';

const brokers = requireEnv('HOMEWARD_KAFKA_BROKERS').split(',');

/** Faster rebalances than production needs: members notice a new member within a second. */
const options = (): KafkaBrokerOptions => ({
  brokers,
  clientId: `contract-${randomUUID().slice(0, 8)}`,
  logLevel: 'error',
  consumer: { heartbeatIntervalMs: 500, sessionTimeoutMs: 10_000, maxWaitTimeMs: 500 },
});
const newTopic = async () => `contract.${randomUUID()}`;

messageBrokerContract('Kafka', async () => ({ broker: await KafkaBroker.connect(options()), newTopic }));

interface RawMessage {
  key?: string;
  value: unknown;
  headers: Record<string, string | undefined>;
}
const HEADERS = ['event-type', 'schema-version', 'event-id', 'correlation-id'];

describe('KafkaBroker on the wire', () => {
  const raw = new Kafka({ clientId: 'contract-raw', brokers, logLevel: logLevel.NOTHING });
  const admin = raw.admin();
  let broker: KafkaBroker;

  beforeAll(async () => {
    broker = await KafkaBroker.connect(options());
    await admin.connect();
  });
  afterAll(async () => {
    await broker.close();
    await admin.disconnect();
  });

  it('creates topics with 3 partitions that keep messages forever', async () => {
    const topic = await newTopic();
    await broker.publish(topic, [message('a')]);

    const [metadata] = (await admin.fetchTopicMetadata({ topics: [topic] })).topics;
    expect(metadata.partitions).toHaveLength(3);
    const { resources } = await admin.describeConfigs({
      includeSynonyms: false,
      resources: [{ type: ConfigResourceTypes.TOPIC, name: topic, configNames: ['retention.ms'] }],
    });
    expect(resources[0].configEntries).toEqual([expect.objectContaining({ configName: 'retention.ms', configValue: '-1' })]);
  });

  it('writes the case id as key, the event as JSON and its identity as headers', async () => {
    const topic = await newTopic();
    const sent = message('case-42');
    await broker.publish(topic, [sent]);

    const consumer = raw.consumer({ groupId: `contract-raw-${randomUUID()}` });
    try {
      await consumer.connect();
      await consumer.subscribe({ topics: [topic], fromBeginning: true });
      const { key, value, headers } = await new Promise<RawMessage>((done) => {
        void consumer.run({
          eachMessage: async ({ message: m }) =>
            done({
              key: m.key?.toString(),
              value: JSON.parse(m.value?.toString() ?? 'null'),
              headers: Object.fromEntries(HEADERS.map((h) => [h, headerText(m.headers, h)])),
            }),
        });
      });
      expect(key).toBe('case-42');
      expect(value).toEqual(sent.event);
      expect(headers).toEqual({
        'event-type': 'test.NoteTaken',
        'schema-version': '2',
        'event-id': sent.event.eventId,
        'correlation-id': sent.event.correlationId,
      });
    } finally {
      await consumer.disconnect();
    }
  });
});

describe('KafkaBroker with a deployment prefix', () => {
  it('keeps two deployments on one cluster apart: each reads only the events of its own prefix, under the platform topic name', async () => {
    const topic = await newTopic();
    const [blue, green] = await Promise.all(['blue', 'green'].map((name) => KafkaBroker.connect({ ...options(), topicPrefix: `${name}-${randomUUID().slice(0, 6)}.` })));
    try {
      const received: Record<string, IncomingMessage[]> = { blue: [], green: [] };
      for (const [name, broker] of [['blue', blue], ['green', green]] as const) {
        await broker.subscribe({ groupId: `prefix-${name}-${randomUUID()}`, topics: [topic], handle: async (m) => void received[name].push(m) });
      }
      await blue.publish(topic, [message('case-blue')]);
      await green.publish(topic, [message('case-green')]);
      const deadline = Date.now() + 20_000;
      while ((received.blue.length < 1 || received.green.length < 1) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
      await new Promise((r) => setTimeout(r, 1_000));
      expect(received.blue.map((m) => [m.topic, m.key])).toEqual([[topic, 'case-blue']]);
      expect(received.green.map((m) => [m.topic, m.key])).toEqual([[topic, 'case-green']]);
    } finally {
      await Promise.all([blue.close(), green.close()]);
    }
  });
});

// Through a broker outage: tools/e2e/kafka-broker-outage.int-spec.ts, on a broker of its own to stop.
