import type { Consumer, EachBatchPayload, EachMessagePayload, Kafka, KafkaMessage } from 'kafkajs';
import type { IncomingMessage, SubscribeOptions, Subscription } from '../message-broker.port';
import { fromKafkaMessage } from './kafka-codec';
import type { BrokerLog } from './kafka-log';
import type { BrokerProbe } from './broker-probe';
import type { EvictMember } from './evict-member';
import { LeftBehindMembers } from './left-behind-members';
import { HandlerFailedError } from './handler-failed-error';
import { throttledLog } from './throttled-log';
import { withTimeout } from './with-timeout';

export interface ConsumerTuning {
  /** The group drops a member it has not heard from for this long; its partitions move on. */
  sessionTimeoutMs: number;
  heartbeatIntervalMs: number;
  /** How long a fetch waits for new messages. An idle member notices a rebalance only between fetches. */
  maxWaitTimeMs: number;
  /** `subscribe` fails if the member has not joined its group by then. */
  joinTimeoutMs: number;
}

export const DEFAULT_CONSUMER_TUNING: ConsumerTuning = {
  sessionTimeoutMs: 30_000,
  heartbeatIntervalMs: 3_000,
  maxWaitTimeMs: 1_000,
  joinTimeoutMs: 60_000,
};

/**
 * Backoff between relaunches of a consumer that kafkajs gave up on. Each relaunch starts by
 * connecting, which is the cheap probe: refused at once while the broker is down, so a short cap
 * costs a connection attempt every few seconds and delivery resumes within seconds of its return.
 */
export const RELAUNCH_MIN_MS = 500;
export const RELAUNCH_MAX_MS = 2_000;
/** How often a subscription whose consumer stopped asks whether the broker answers again. */
export const PROBE_EVERY_MS = 500;
/** At most this many messages per call of a batch handler: a catch-up fetch holds thousands. */
export const BATCH_CHUNK = 500;

/** What a subscription needs to recover from an outage quickly. */
export interface Recovery {
  brokerAnswers: BrokerProbe;
  evict?: EvictMember;
}

/**
 * One member of a consumer group, kept alive until closed. kafkajs restarts a consumer
 * after most failures (broker outage, handler errors) when `restartOnFailure` says so,
 * but stops for good after errors it classifies as non-retriable (e.g. the group
 * coordinator not found while the broker restarts); the subscription then replaces the
 * consumer, with backoff, so that a service never silently stops consuming.
 * While the broker does not even accept connections, kafkajs is not let to restart the consumer
 * (each restart would retry, and log, several connections a second for nothing): the subscription
 * probes the broker every half second and relaunches the consumer as soon as it answers. The
 * member ids crashed consumers left in the group are evicted as soon as a consumer connects again.
 */
export class KafkaSubscription implements Subscription {
  private consumer?: Consumer;
  private closed = false;
  private relaunchTimer?: NodeJS.Timeout;
  private relaunchDelayMs = RELAUNCH_MIN_MS;
  /** The member id of the consumer now in the group, once it has joined. */
  private memberId?: string;
  private readonly leftBehind: LeftBehindMembers;
  private readonly repeating: BrokerLog;

  constructor(
    private readonly kafka: Kafka,
    private readonly options: SubscribeOptions,
    private readonly tuning: ConsumerTuning,
    private readonly log: BrokerLog,
    private readonly recovery: Recovery,
  ) {
    this.repeating = throttledLog(log);
    this.leftBehind = new LeftBehindMembers(options.groupId, recovery.evict, log, () => this.closed);
  }

  /** Resolves once this member has joined its group and been given its share of the partitions. */
  async start(): Promise<void> {
    const consumer = this.createConsumer();
    const joined = new Promise<void>((resolve) => {
      const stopListening = consumer.on(consumer.events.GROUP_JOIN, () => {
        stopListening();
        resolve();
      });
    });
    try {
      await this.launch(consumer);
      await withTimeout(joined, this.tuning.joinTimeoutMs, `joining consumer group ${this.options.groupId}`);
    } catch (error) {
      await this.close();
      throw error;
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.relaunchTimer);
    await this.consumer?.disconnect().catch(() => {});
  }

  private createConsumer(): Consumer {
    const { groupId } = this.options;
    const consumer = this.kafka.consumer({
      groupId,
      sessionTimeout: this.tuning.sessionTimeoutMs,
      heartbeatInterval: this.tuning.heartbeatIntervalMs,
      maxWaitTimeInMs: this.tuning.maxWaitTimeMs,
      // Topics are created by the adapter, with the right settings, never as a side effect of a fetch.
      allowAutoTopicCreation: false,
      retry: {
        initialRetryTime: 300,
        maxRetryTime: 5_000,
        retries: 8,
        // No: the subscription relaunches it once the broker answers (kafkajs would restart it within a second, again and again).
        restartOnFailure: async () => !this.closed && (await this.recovery.brokerAnswers()),
      },
    });
    consumer.on(consumer.events.GROUP_JOIN, ({ payload }) => {
      this.relaunchDelayMs = RELAUNCH_MIN_MS;
      if (consumer === this.consumer) this.memberId = payload.memberId;
    });
    consumer.on(consumer.events.CONNECT, () => {
      if (consumer === this.consumer) void this.leftBehind.evictAll();
    });
    consumer.on(consumer.events.CRASH, ({ payload }) => {
      if (consumer !== this.consumer) return;
      // kafkajs tried to leave the group before reporting the crash; with the broker down it could not.
      if (this.memberId) this.leftBehind.add(this.memberId);
      this.memberId = undefined;
      if (payload.restart || this.closed) return;
      this.repeating('error', 'consumer stopped by kafkajs; relaunching it as soon as the broker answers', { groupId, error: String(payload.error) });
      this.scheduleRelaunch();
    });
    this.consumer = consumer;
    return consumer;
  }

  private async launch(consumer: Consumer): Promise<void> {
    await consumer.connect();
    // A group without committed offsets is new: it starts from the beginning of the log.
    await consumer.subscribe({ topics: this.options.topics, fromBeginning: true });
    // With autoCommit, kafkajs commits only offsets of messages whose handler resolved (eachMessage), or that the
    // batch handler resolved itself (eachBatch, auto-resolve off: a batch left half-way resumes where it stopped).
    await consumer.run(
      this.options.handleBatch
        ? { eachBatch: (payload) => this.deliverBatch(payload), eachBatchAutoResolve: false }
        : { eachMessage: (payload) => this.deliver(payload) },
    );
  }

  private async deliver({ topic, partition, message }: EachMessagePayload): Promise<void> {
    const incoming = this.decoded(topic, partition, message);
    if (!incoming) return;
    try {
      await this.options.handle(incoming);
    } catch (error) {
      throw this.failed(error, topic, partition, message.offset);
    }
  }

  /**
   * A fetch of one partition, handed over a chunk at a time: a chunk's last offset is resolved once
   * its handler resolved, so a failure, a rebalance or a stop delivers again from the chunk not done.
   */
  private async deliverBatch({ batch, resolveOffset, heartbeat, isRunning, isStale }: EachBatchPayload): Promise<void> {
    const { topic, partition } = batch;
    for (let from = 0; from < batch.messages.length; from += BATCH_CHUNK) {
      if (!isRunning() || isStale()) return;
      const chunk = batch.messages.slice(from, from + BATCH_CHUNK);
      const incoming = chunk.flatMap((m) => this.decoded(topic, partition, m) ?? []);
      try {
        if (incoming.length) await this.options.handleBatch!(incoming);
      } catch (error) {
        throw this.failed(error, topic, partition, chunk[0].offset);
      }
      resolveOffset(chunk[chunk.length - 1].offset);
      await heartbeat();
    }
  }

  private decoded(topic: string, partition: number, message: KafkaMessage): IncomingMessage | undefined {
    try {
      return fromKafkaMessage(topic, partition, message);
    } catch (error) {
      // No retry can turn it into an event, and retrying would stall the partition for good.
      this.log('error', 'skipping a message that is not an event', { topic, partition, offset: message.offset, error: String(error) });
      return undefined;
    }
  }

  private failed(error: unknown, topic: string, partition: number, offset: string): HandlerFailedError {
    this.log('warn', 'message handler failed; the message will be delivered again', { groupId: this.options.groupId, topic, partition, offset, error: String(error) });
    return new HandlerFailedError(error);
  }

    /** Waits out the backoff, then for the broker to answer (probing adds no backoff), then relaunches. */
  private scheduleRelaunch(delay = this.nextRelaunchDelay()): void {
    this.relaunchTimer = setTimeout(() => void this.relaunch(), delay);
  }

  private nextRelaunchDelay(): number {
    const delay = this.relaunchDelayMs;
    this.relaunchDelayMs = Math.min(delay * 2, RELAUNCH_MAX_MS);
    return delay;
  }

  private async relaunch(): Promise<void> {
    if (this.closed) return;
    if (!(await this.recovery.brokerAnswers())) {
      if (!this.closed) this.scheduleRelaunch(PROBE_EVERY_MS);
      return;
    }
    if (this.closed) return;
    const previous = this.consumer;
    const consumer = this.createConsumer();
    void previous?.disconnect().catch(() => {});
    this.launch(consumer).catch((error) => {
      if (this.closed || consumer !== this.consumer) return;
      this.repeating('error', 'could not relaunch consumer; trying again', { groupId: this.options.groupId, error: String(error) });
      this.scheduleRelaunch();
    });
  }
}
