import type { NewEvent, RecordedEvent } from '../envelope';
import type { EventStore, ExpectedVersion, InboxImport, ReadAllOptions, ReadStreamOptions } from './event-store.port';

/**
 * Tells whoever tails the log (the outbox relay, the projection runner) that something was
 * written, the moment it is: readers wake on commit instead of at their next poll, and no
 * command handler has to remember to say so.
 */
export class ObservedEventStore implements EventStore {
  private readonly listeners: Array<() => void> = [];

  constructor(private readonly inner: EventStore) {}

  get checkpoints() {
    return this.inner.checkpoints;
  }

  /** Called after every write that added events; a listener must not throw (it only wakes a reader). */
  onWritten(listener: () => void): void {
    this.listeners.push(listener);
  }

  async appendToStream(streamId: string, events: NewEvent[], options: { expectedVersion: ExpectedVersion }) {
    const result = await this.inner.appendToStream(streamId, events, options);
    if (result.events.length) this.notify();
    return result;
  }

  async importEvents(streamId: string, events: RecordedEvent[]) {
    const imported = await this.inner.importEvents(streamId, events);
    if (imported.length) this.notify();
    return imported;
  }

  async importBatch(imports: InboxImport[]) {
    const imported = await this.inner.importBatch(imports);
    if (imported.length) this.notify();
    return imported;
  }

  readStream(streamId: string, options?: ReadStreamOptions) {
    return this.inner.readStream(streamId, options);
  }

  readAll(options: ReadAllOptions) {
    return this.inner.readAll(options);
  }

  headPosition() {
    return this.inner.headPosition();
  }

  ping() {
    return this.inner.ping();
  }

  close() {
    return this.inner.close();
  }

  private notify(): void {
    for (const listener of this.listeners) listener();
  }
}
