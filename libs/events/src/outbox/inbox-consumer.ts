import { inboxStreamId } from '../envelope';
import type { EventCatalogue } from '../catalogue/event-catalogue';
import type { BoundedContext } from '../catalogue/event-definition';
import { topicOf } from '../catalogue/event-definition';
import type { IncomingMessage, MessageBroker, Subscription } from '../broker/message-broker.port';
import type { EventStore } from '../store/event-store.port';

/**
 * Copies other services' events into this service's own store, keeping their ids, so
 * that a redelivered message is a no-op and this service's projections can be rebuilt
 * from its own log without asking anyone else.
 */
export class InboxConsumer {
  private subscription?: Subscription;
  /** Messages this instance handled (repeats included): shows how a consumer group split the work. */
  handled = 0;

  constructor(
    private readonly store: EventStore,
    private readonly broker: MessageBroker,
    private readonly catalogue: EventCatalogue,
    private readonly groupId: string,
    private readonly contexts: BoundedContext[],
  ) {}

  async start(): Promise<void> {
    this.subscription = await this.broker.subscribe({
      groupId: this.groupId,
      topics: this.contexts.map(topicOf),
      handle: (message) => this.handle(message),
    });
  }

  async stop(): Promise<void> {
    await this.subscription?.close();
  }

  private async handle({ event }: IncomingMessage): Promise<void> {
    this.handled++;
    // Events of a type this build does not know yet are skipped, not fatal: a newer producer must not stop an older consumer.
    if (!this.catalogue.has(event.type)) return;
    // The store tells the projections (ObservedEventStore): nothing to wake here.
    await this.store.importEvents(inboxStreamId(this.catalogue.contextOf(event.type), event.streamId), [event]);
  }
}
