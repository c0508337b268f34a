import type { RecordedEvent } from '../envelope';
import { isInboxStream, partitionKeyOf } from '../envelope';
import type { EventCatalogue } from '../catalogue/event-catalogue';
import { topicOf } from '../catalogue/event-definition';
import type { MessageBroker, OutgoingMessage } from '../broker/message-broker.port';
import type { EventStore } from '../store/event-store.port';
import { subscribeToAll, type AllSubscription } from '../store/subscribe-to-all';
import { topicFormOf } from './topic-form';

/**
 * The transactional outbox, read straight from the log: the event store is the outbox.
 * An event is committed once, in the store; the relay publishes everything after its
 * checkpoint and moves the checkpoint only once the broker has acknowledged. A crash
 * or a broker outage means the same events are published again later (at least once),
 * never lost; consumers drop the repeats by event id.
 *
 * Give it the log as stored, below the sealing: it publishes no personal part in the clear, so it
 * never needs to open one, and the few that travel (topicFormOf) leave sealed as they were stored.
 */
export class OutboxRelay {
  static readonly CHECKPOINT = 'outbox-relay';
  static readonly MAX_BACKOFF_MS = 1_000;
  private subscription?: AllSubscription;

  constructor(
    private readonly store: EventStore,
    private readonly broker: MessageBroker,
    private readonly catalogue: EventCatalogue,
    private readonly onError: (error: unknown) => void = () => {},
  ) {}

  start(): void {
    this.subscription = subscribeToAll(this.store, {
      from: () => this.store.checkpoints.load(OutboxRelay.CHECKPOINT),
      handle: (events) => this.relay(events),
      // A publish that fails has already waited on the broker's own retries (about 2 s when it
      // refuses connections): retrying a second later delivers within seconds of its return.
      maxBackoffMs: OutboxRelay.MAX_BACKOFF_MS,
      onError: this.onError,
    });
  }

  wake(): void {
    this.subscription?.wake();
  }

  caughtUp(): Promise<void> {
    return this.subscription ? this.subscription.caughtUp() : Promise.resolve();
  }

  async stop(): Promise<void> {
    await this.subscription?.stop();
  }

  private async relay(events: RecordedEvent[]): Promise<void> {
    const byTopic = new Map<string, OutgoingMessage[]>();
    for (const event of events) {
      if (isInboxStream(event.streamId) || !this.catalogue.has(event.type)) continue;
      const topic = topicOf(this.catalogue.contextOf(event.type));
      const batch = byTopic.get(topic) ?? [];
      batch.push({ key: partitionKeyOf(event.streamId), event: topicFormOf(event, this.catalogue) });
      byTopic.set(topic, batch);
    }
    for (const [topic, messages] of byTopic) await this.broker.publish(topic, messages);
    await this.store.checkpoints.save(OutboxRelay.CHECKPOINT, events[events.length - 1].globalPosition);
  }
}
