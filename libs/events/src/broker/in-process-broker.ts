import type { IncomingMessage, MessageBroker, OutgoingMessage, SubscribeOptions, Subscription } from './message-broker.port';

interface Group {
  topics: Set<string>;
  members: SubscribeOptions['handle'][];
}

/**
 * The embedded-mode broker: every service runs in one process. `publish` resolves only
 * after each subscribed group has handled the message, so the outbox relay advances its
 * checkpoint only for delivered events and a crash loses nothing. Within a group, members
 * take turns per key (a stand-in for partitions), which keeps a case's events in order.
 * Each group gets its own copy, as if it had crossed the wire, so a handler that changes
 * what it received cannot change what the publisher or another service sees.
 */
export class InProcessBroker implements MessageBroker {
  private readonly groups = new Map<string, Group>();
  private offset = 0;

  async publish(topic: string, messages: OutgoingMessage[]): Promise<void> {
    for (const { key, event } of messages) {
      const message: IncomingMessage = { topic, partition: partitionOf(key), offset: String(this.offset++), key, event };
      for (const group of this.groups.values()) {
        if (!group.topics.has(topic) || group.members.length === 0) continue;
        await group.members[message.partition % group.members.length](overTheWire(message));
      }
    }
  }

  async subscribe({ groupId, topics, handle }: SubscribeOptions): Promise<Subscription> {
    const group = this.groups.get(groupId) ?? { topics: new Set<string>(), members: [] };
    topics.forEach((t) => group.topics.add(t));
    // A member of its own, so that closing one subscription never removes another that shares the handler.
    const member: SubscribeOptions['handle'] = (message) => handle(message);
    group.members.push(member);
    this.groups.set(groupId, group);
    return {
      close: async () => {
        group.members = group.members.filter((m) => m !== member);
      },
    };
  }

  async ping(): Promise<void> {}

  async close(): Promise<void> {
    this.groups.clear();
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
