import type { NewEvent, RecordedEvent } from '../envelope';
import type { EventStore, ExpectedVersion, InboxImport, ReadAllOptions, ReadStreamOptions } from './event-store.port';

/**
 * What a decorator of the store (catalogue, sealing, observation) does not change: everything goes
 * to the store it wraps. A decorator overrides what it adds to.
 */
export abstract class EventStoreDecorator implements EventStore {
  constructor(protected readonly inner: EventStore) {}

  get checkpoints() {
    return this.inner.checkpoints;
  }

  appendToStream(streamId: string, events: NewEvent[], options: { expectedVersion: ExpectedVersion }) {
    return this.inner.appendToStream(streamId, events, options);
  }

  importEvents(streamId: string, events: RecordedEvent[]) {
    return this.inner.importEvents(streamId, events);
  }

  importBatch(imports: InboxImport[]) {
    return this.inner.importBatch(imports);
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
}
