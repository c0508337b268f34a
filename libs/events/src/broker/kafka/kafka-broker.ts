import { Kafka, Partitioners, type Admin, type Producer } from 'kafkajs';
import type { IncomingMessage, MessageBroker, OutgoingMessage, SubscribeOptions, Subscription } from '../message-broker.port';
import { toKafkaMessage } from './kafka-codec';
import { LEVELS, atLevel, kafkaLogCreator, stderrLog, type BrokerLog, type BrokerLogLevel } from './kafka-log';
import { DEFAULT_CONSUMER_TUNING, KafkaSubscription, type ConsumerTuning } from './kafka-subscription';
import { tcpProbe } from './broker-probe';
import { memberEvictor, type EvictMember } from './evict-member';
import { throttledLog } from './throttled-log';
import { ReplaceableClient } from './replaceable-client';
import { TopicProvisioner } from './topic-provisioner';

export type { BrokerLog, BrokerLogLevel } from './kafka-log';
export type { ConsumerTuning } from './kafka-subscription';

export interface KafkaBrokerOptions {
  brokers: string[];
  clientId: string;
  /** kafkajs is chatty; warnings and errors are enough unless debugging. Default: warn. */
  logLevel?: BrokerLogLevel;
  /** Default: one line per entry on stderr. */
  log?: BrokerLog;
  /** For topics this adapter creates. Default 3: enough for a few members per group. */
  numPartitions?: number;
  /** For topics this adapter creates. Default 1 (a single-node cluster); production clusters want 3. */
  replicationFactor?: number;
  /** A publish rejects after this long at most, whatever kafkajs's retries are doing. Default 20 s. */
  publishTimeoutMs?: number;
  consumer?: Partial<ConsumerTuning>;
  /**
   * Put before every topic name, so two deployments (or two test runs) sharing a cluster never
   * read each other's events: `acme.` makes `acme.homeward.intake.events`. Default: none.
   */
  topicPrefix?: string;
}

const PING_TIMEOUT_MS = 5_000;

/**
 * The MessageBroker port on Apache Kafka, through kafkajs. Publishing is idempotent and
 * acknowledged by all in-sync replicas; when the cluster is unreachable a publish fails
 * within a bounded time (the outbox relay publishes again later) and the next publish
 * reconnects. Each subscription is one consumer-group member that commits an offset only
 * after its handler resolved.
 */
export class KafkaBroker implements MessageBroker {
  private readonly producer: ReplaceableClient<Producer>;
  private readonly admin: ReplaceableClient<Admin>;
  private readonly topics: TopicProvisioner;
  private readonly subscriptions = new Set<KafkaSubscription>();
  private readonly kafka: Kafka;
  private readonly log: BrokerLog;
  private readonly evict?: EvictMember;

  private constructor(private readonly options: KafkaBrokerOptions) {
    const level = options.logLevel ?? 'warn';
    this.log = atLevel(options.log ?? stderrLog, level);
    const publishTimeoutMs = options.publishTimeoutMs ?? 20_000;
    this.kafka = new Kafka({
      clientId: options.clientId,
      brokers: options.brokers,
      connectionTimeout: 3_000,
      requestTimeout: 10_000,
      // Few, short retries: callers have their own retry loops and need an answer.
      retry: { initialRetryTime: 300, maxRetryTime: 3_000, retries: 3 },
      logLevel: LEVELS[level],
      // While the broker is down kafkajs logs every failed connection of every client: once per kind per 30 s is plenty.
      logCreator: kafkaLogCreator(throttledLog(this.log)),
    });
    this.evict = memberEvictor(this.kafka);
    if (!this.evict) this.log('warn', 'this kafkajs cannot evict group members left behind; after an outage groups wait for their session timeout', {});
    this.producer = new ReplaceableClient(
      () =>
        this.kafka.producer({
          idempotent: true,
          maxInFlightRequests: 1,
          allowAutoTopicCreation: false,
          // Java-compatible murmur2: other clients (and data teams' tools) put a key where we do.
          createPartitioner: Partitioners.DefaultPartitioner,
          retry: { initialRetryTime: 300, maxRetryTime: 3_000, retries: 3 },
        }),
      'kafka publish',
      publishTimeoutMs,
    );
    this.admin = new ReplaceableClient(() => this.kafka.admin(), 'kafka admin', publishTimeoutMs);
    this.topics = new TopicProvisioner(this.admin, {
      numPartitions: options.numPartitions ?? 3,
      replicationFactor: options.replicationFactor ?? 1,
    });
  }

  /** Opens the adapter and checks that the cluster answers, so a wrong address fails at startup. */
  static async connect(options: KafkaBrokerOptions): Promise<KafkaBroker> {
    const broker = new KafkaBroker(options);
    try {
      await broker.ping();
    } catch (error) {
      await broker.close();
      throw error;
    }
    return broker;
  }

  async publish(topic: string, messages: OutgoingMessage[]): Promise<void> {
    if (messages.length === 0) return;
    const named = this.named(topic);
    await this.topics.ensure([named]);
    await this.producer.use((producer) => producer.send({ topic: named, acks: -1, messages: messages.map(toKafkaMessage) }));
  }

  async subscribe(options: SubscribeOptions): Promise<Subscription> {
    const topics = options.topics.map((t) => this.named(t));
    await this.topics.ensure(topics);
    const tuning = { ...DEFAULT_CONSUMER_TUNING, ...this.options.consumer };
    const prefix = this.options.topicPrefix ?? '';
    // Handlers see the topic by its name in the platform, whatever the deployment's prefix.
    const unprefixed = (message: IncomingMessage) => ({ ...message, topic: message.topic.slice(prefix.length) });
    const handle = (message: IncomingMessage) => options.handle(unprefixed(message));
    const handleBatch = options.handleBatch && ((messages: IncomingMessage[]) => options.handleBatch!(messages.map(unprefixed)));
    const subscription = new KafkaSubscription(this.kafka, { ...options, topics, handle, handleBatch }, tuning, this.log, {
      brokerAnswers: tcpProbe(this.options.brokers),
      evict: this.evict,
    });
    await subscription.start();
    this.subscriptions.add(subscription);
    return {
      close: async () => {
        this.subscriptions.delete(subscription);
        await subscription.close();
      },
    };
  }

  private named(topic: string): string {
    return `${this.options.topicPrefix ?? ''}${topic}`;
  }

  async ping(): Promise<void> {
    await this.admin.use((admin) => admin.describeCluster(), PING_TIMEOUT_MS);
  }

  async close(): Promise<void> {
    const subscriptions = [...this.subscriptions];
    this.subscriptions.clear();
    await Promise.all(subscriptions.map((s) => s.close()));
    await Promise.all([this.producer.close(), this.admin.close()]);
  }
}
