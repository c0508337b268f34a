import type { RecordedEvent } from '../envelope';

export interface OutgoingMessage {
  /** The case id: Kafka keeps one key's messages on one partition, in order. */
  key: string;
  event: RecordedEvent;
}

export interface IncomingMessage {
  topic: string;
  partition: number;
  offset: string;
  key: string;
  event: RecordedEvent;
}

export interface SubscribeOptions {
  /** Instances sharing a group id split the topic's partitions between them. */
  groupId: string;
  topics: string[];
  /**
   * Called once per message, in order per key. The offset is committed only after it
   * resolves, so a crash means redelivery: handlers must be idempotent.
   */
  handle: (message: IncomingMessage) => Promise<void>;
  /**
   * Where given, a broker that fetches in batches (Kafka) hands over a fetch of one partition at once,
   * in order, instead of calling `handle` for each: the consumer can take them in one round trip. The
   * offsets are committed only after it resolves; a throw means those messages are delivered again.
   * A broker that delivers one message at a time (in-process) calls `handle`.
   */
  handleBatch?: (messages: IncomingMessage[]) => Promise<void>;
}

export interface Subscription {
  close(): Promise<void>;
}

/** Domain events between services; never a service's database. */
export interface MessageBroker {
  /** Resolves once the broker has the messages (Kafka: acknowledged by all in-sync replicas). */
  publish(topic: string, messages: OutgoingMessage[]): Promise<void>;
  subscribe(options: SubscribeOptions): Promise<Subscription>;
  ping(): Promise<void>;
  close(): Promise<void>;
}

export const MESSAGE_BROKER = Symbol('MESSAGE_BROKER');
