import type { NewEvent, RecordedEvent } from '../envelope';
import type { EventStore, ExpectedVersion, InboxImport } from './event-store.port';
import { EventStoreDecorator } from './event-store-decorator';

/**
 * Tells whoever tails the log (the outbox relay, the projection runner) that something was
 * written, the moment it is: readers wake on commit instead of at their next poll, and no
 * command handler has to remember to say so.
 */
export class ObservedEventStore extends EventStoreDecorator {
  private readonly listeners: Array<() => void> = [];

  constructor(inner: EventStore) {
    super(inner);
  }

  /** Called after every write that added events; a listener must not throw (it only wakes a reader). */
  onWritten(listener: () => void): void {
    this.listeners.push(listener);
  }

  override async appendToStream(streamId: string, events: NewEvent[], options: { expectedVersion: ExpectedVersion }) {
    const result = await this.inner.appendToStream(streamId, events, options);
    if (result.events.length) this.notify();
    return result;
  }

  override async importEvents(streamId: string, events: RecordedEvent[]) {
    const imported = await this.inner.importEvents(streamId, events);
    if (imported.length) this.notify();
    return imported;
  }

  override async importBatch(imports: InboxImport[]) {
    const imported = await this.inner.importBatch(imports);
    if (imported.length) this.notify();
    return imported;
  }

  private notify(): void {
    for (const listener of this.listeners) listener();
  }
}
