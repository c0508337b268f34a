import type { IncomingMessage, MessageBroker, OutgoingMessage, SubscribeOptions, Subscription } from './message-broker.port';

type Handle = SubscribeOptions['handle'];

interface Group {
  topics: Set<string>;
  members: Handle[];
  /** Per topic, the index in its log of the next message to deliver: the committed offset. */
  offsets: Map<string, number>;
  /** Deliveries to one group run one at a time, as one consumer per partition would. */
  queue: Promise<void>;
  retry?: NodeJS.Timeout;
}

const RETRY_MS = 200;

/**
 * The embedded-mode broker: every service runs in one process. Like Kafka, each topic is a
 * log and each group reads it from its committed offset, so a service that subscribes after
 * others published (any start order) still receives everything, and a group that comes back
 * resumes where it stopped. `publish` resolves only after each subscribed group has handled
 * the messages, so the outbox relay advances its checkpoint only for delivered events. Within
 * a group, members take turns per key (a stand-in for partitions), which keeps a case's events
 * in order. Each group gets its own copy, as if it had crossed the wire.
 *
 * The log lives as long as the process: it holds what was published since start (relays
 * resume from their checkpoints, which every group of the process had received).
 */
export class InProcessBroker implements MessageBroker {
  private readonly logs = new Map<string, IncomingMessage[]>();
  /** Event ids already in each topic: a publish the relay repeats after a failure is not logged twice. */
  private readonly logged = new Map<string, Set<string>>();
  private readonly groups = new Map<string, Group>();
  private offset = 0;
  private closed = false;

  async publish(topic: string, messages: OutgoingMessage[]): Promise<void> {
    const log = this.log(topic);
    const logged = this.logged.get(topic)!;
    for (const { key, event } of messages) {
      if (logged.has(event.eventId)) continue;
      logged.add(event.eventId);
      log.push({ topic, partition: partitionOf(key), offset: String(this.offset++), key, event });
    }
    // Every group gets its chance, whatever another's handler does; the first failure rejects the publish.
    const subscribed = [...this.groups.values()].filter((g) => g.topics.has(topic));
    const failed = (await Promise.allSettled(subscribed.map((g) => this.drain(g)))).find((r) => r.status === 'rejected');
    if (failed) throw (failed as PromiseRejectedResult).reason;
  }

  async subscribe({ groupId, topics, handle }: SubscribeOptions): Promise<Subscription> {
    const group: Group = this.groups.get(groupId) ?? { topics: new Set<string>(), members: [], offsets: new Map(), queue: Promise.resolve() };
    topics.forEach((t) => group.topics.add(t));
    // A member of its own, so that closing one subscription never removes another that shares the handler.
    const member: Handle = (message) => handle(message);
    group.members.push(member);
    this.groups.set(groupId, group);
    // What was published before this member came: delivered in the background, as Kafka fetches it.
    this.catchUp(group);
    return {
      close: async () => {
        group.members = group.members.filter((m) => m !== member);
      },
    };
  }

  async ping(): Promise<void> {}

  async close(): Promise<void> {
    this.closed = true;
    for (const group of this.groups.values()) clearTimeout(group.retry);
    this.groups.clear();
    this.logs.clear();
    this.logged.clear();
  }

  /** Delivers everything after the group's offsets; rejects with the first handler error, the offset left on that message. */
  private drain(group: Group): Promise<void> {
    const run = group.queue.then(async () => {
      for (const topic of group.topics) {
        const log = this.log(topic);
        for (let next = group.offsets.get(topic) ?? 0; next < log.length; next = (group.offsets.get(topic) ?? 0)) {
          if (group.members.length === 0) return;
          const message = log[next];
          await group.members[message.partition % group.members.length](overTheWire(message));
          group.offsets.set(topic, next + 1);
        }
      }
    });
    group.queue = run.catch(() => {});
    return run;
  }

  /** Background delivery; a failing handler is retried, as Kafka redelivers. */
  private catchUp(group: Group): void {
    clearTimeout(group.retry);
    this.drain(group).catch(() => {
      if (!this.closed) group.retry = setTimeout(() => this.catchUp(group), RETRY_MS);
    });
  }

  private log(topic: string): IncomingMessage[] {
    let log = this.logs.get(topic);
    if (!log) {
      this.logs.set(topic, (log = []));
      this.logged.set(topic, new Set());
    }
    return log;
  }
}

/** What a Kafka consumer would get: the JSON the producer sent, parsed again. */
function overTheWire(message: IncomingMessage): IncomingMessage {
  return { ...message, event: JSON.parse(JSON.stringify(message.event)) };
}

const PARTITIONS = 3;

function partitionOf(key: string): number {
  let h = 0;
  for (let i = 0; i < key.length; i++) h = (h * 31 + key.charCodeAt(i)) | 0;
  return Math.abs(h) % PARTITIONS;
}
