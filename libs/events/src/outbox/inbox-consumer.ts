import { inboxStreamId, type RecordedEvent } from '../envelope';
import { InvalidEventError } from '../errors';
import type { EventCatalogue } from '../catalogue/event-catalogue';
import type { BoundedContext } from '../catalogue/event-definition';
import { topicOf } from '../catalogue/event-definition';
import type { IncomingMessage, MessageBroker, Subscription } from '../broker/message-broker.port';
import type { EventStore } from '../store/event-store.port';
import type { DeadLetterStore } from './dead-letters';

/** A poison event is tried this many times before it is set aside. */
export const DEAD_LETTER_AFTER = 5;

/**
 * Copies other services' events into this service's own store, keeping their ids, so
 * that a redelivered message is a no-op and this service's projections can be rebuilt
 * from its own log without asking anyone else. An event this service's catalogue refuses
 * (an incompatible change upstream) is tried a few times, then set aside as a dead letter
 * with its error, so the events behind it on its partition still arrive. Other failures (the
 * database down, say) are retried for as long as they last: they are no fault of the event.
 */
export class InboxConsumer {
  private subscription?: Subscription;
  private readonly failures = new Map<string, number>();
  /** Messages this instance handled (repeats included): shows how a consumer group split the work. */
  handled = 0;

  constructor(
    private readonly store: EventStore,
    private readonly broker: MessageBroker,
    private readonly catalogue: EventCatalogue,
    private readonly groupId: string,
    private readonly contexts: BoundedContext[],
    private readonly deadLetters?: DeadLetterStore,
  ) {}

  async start(): Promise<void> {
    this.subscription = await this.broker.subscribe({
      groupId: this.groupId,
      topics: this.contexts.map(topicOf),
      handle: (message) => this.handle(message),
      handleBatch: (messages) => this.handleBatch(messages),
    });
  }

  async stop(): Promise<void> {
    await this.subscription?.close();
  }

  /** Imports the dead letters again (once the catalogue takes them); those it takes leave the store. */
  async retryDeadLetters(only?: string): Promise<{ imported: string[]; refused: Array<{ eventId: string; error: string }> }> {
    const outcome = { imported: [] as string[], refused: [] as Array<{ eventId: string; error: string }> };
    for (const letter of (await this.deadLetters?.list()) ?? []) {
      const { event } = letter;
      if (only && event.eventId !== only) continue;
      try {
        await this.store.importEvents(this.inboxOf(event), [event]);
        await this.deadLetters!.remove(event.eventId);
        outcome.imported.push(event.eventId);
      } catch (error) {
        outcome.refused.push({ eventId: event.eventId, error: (error as Error).message });
      }
    }
    return outcome;
  }

  private async handle(message: IncomingMessage): Promise<void> {
    this.handled++;
    // Events of a type this build does not know yet are skipped, not fatal: a newer producer must not stop an older consumer.
    if (this.catalogue.has(message.event.type)) await this.take(message);
  }

  /**
   * A fetch's messages in one import: one round trip and one transaction, however many. Should the
   * catalogue refuse one of them (nothing is written then), each is taken on its own, so that only
   * that one is tried again and, in the end, set aside.
   */
  private async handleBatch(messages: IncomingMessage[]): Promise<void> {
    this.handled += messages.length;
    const known = messages.filter((m) => this.catalogue.has(m.event.type));
    try {
      // The store tells the projections (ObservedEventStore): nothing to wake here.
      await this.store.importBatch(known.map(({ event }) => ({ streamId: this.inboxOf(event), events: [event] })));
      if (this.failures.size) known.forEach((m) => this.failures.delete(m.event.eventId));
    } catch (error) {
      if (!(error instanceof InvalidEventError) || !this.deadLetters) throw error;
      for (const message of known) await this.take(message);
    }
  }

  private inboxOf(event: RecordedEvent): string {
    return inboxStreamId(this.catalogue.contextOf(event.type), event.streamId);
  }

  private async take(message: IncomingMessage): Promise<void> {
    const { event } = message;
    try {
      await this.store.importEvents(this.inboxOf(event), [event]);
      this.failures.delete(event.eventId);
    } catch (error) {
      if (!(error instanceof InvalidEventError) || !this.deadLetters) throw error;
      const attempts = (this.failures.get(event.eventId) ?? 0) + 1;
      if (attempts < DEAD_LETTER_AFTER) {
        this.failures.set(event.eventId, attempts);
        throw error;
      }
      await this.deadLetters.put({ event, topic: message.topic, partition: message.partition, offset: message.offset, error: error.message, attempts });
      this.failures.delete(event.eventId);
    }
  }
}
