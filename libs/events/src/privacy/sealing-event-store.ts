import { partitionKeyOf, type EventData, type NewEvent, type RecordedEvent } from '../envelope';
import type { EventStore, ExpectedVersion, InboxImport, ReadAllOptions, ReadStreamOptions } from '../store/event-store.port';
import { uuidv7 } from '../uuid';
import type { KeyClass, KeyStore } from './key-store.port';
import { isSealed, open, seal } from './sealed-personal';
import { EventStoreDecorator } from '../store/event-store-decorator';
import { ERASED_PART } from '../catalogue/erased';

/** Which key an event's personal part goes under: whose it is, and of which class. */
export interface SealingPolicy {
  keyClassOf(event: { type: string; data: EventData }): KeyClass;
  /** Whether the event records that the person its stream is about was erased. */
  erases(event: { type: string }): boolean;
}

/**
 * Wraps the adapter so that no personal part is ever stored in the clear: each is sealed under a
 * data key of the person the stream is about (the stream's case) before the append, and opened on
 * every read for code of a service whose role may unwrap that key. A part under a key this service
 * may not use (a sensitive one) is left out of what it reads; one whose key was destroyed reads as
 * ERASED_PART. An erasure event destroys the person's keys before it is stored, and makes every
 * process that reads it drop the keys it holds.
 */
export class SealingEventStore extends EventStoreDecorator {
  constructor(
    inner: EventStore,
    private readonly keys: KeyStore,
    private readonly policy: SealingPolicy,
  ) {
    super(inner);
  }

  override async appendToStream(streamId: string, events: NewEvent[], options: { expectedVersion: ExpectedVersion }) {
    const subject = partitionKeyOf(streamId);
    // Keys first: a crash before the event is stored leaves the person erased and the request to be made
    // again, never a recorded erasure whose keys survived.
    if (events.some((e) => this.policy.erases(e))) await this.keys.destroy(subject);
    const sealed: NewEvent[] = [];
    for (const event of events) {
      const { personal, ...data } = event.data;
      if (!personal || isSealed(personal)) {
        sealed.push(event);
        continue;
      }
      const eventId = event.eventId ?? uuidv7();
      const keyClass = this.policy.keyClassOf(event);
      // The key is stored (committed) before the event that needs it: a crash in between leaves a key for nothing, never an event without its key.
      const key = await this.keys.keyFor(subject, keyClass);
      sealed.push({ ...event, eventId, data: { ...data, personal: seal(personal, key, keyClass, eventId) } });
    }
    const result = await this.inner.appendToStream(streamId, sealed, options);
    // The caller gets back what it appended, in the clear: it had it already.
    return { ...result, events: result.events.map((e, i) => ({ ...e, data: events[i].data })) };
  }

  override async importEvents(streamId: string, events: RecordedEvent[]) {
    return this.opened(await this.inner.importEvents(streamId, events));
  }

  override async importBatch(imports: InboxImport[]) {
    return this.opened(await this.inner.importBatch(imports));
  }

  override async readStream(streamId: string, options?: ReadStreamOptions) {
    return this.opened(await this.inner.readStream(streamId, options));
  }

  override async readAll(options: ReadAllOptions) {
    return this.opened(await this.inner.readAll(options));
  }

  /** One key lookup for the whole page, then each part opened. */
  private async opened(events: RecordedEvent[]): Promise<RecordedEvent[]> {
    for (const e of events) if (this.policy.erases(e)) await this.keys.forget(partitionKeyOf(e.streamId));
    const keyIds: string[] = [];
    for (const e of events) if (isSealed(e.data.personal)) keyIds.push(e.data.personal.$sealed.keyId);
    if (!keyIds.length) return events;
    const keys = await this.keys.unwrap(keyIds);
    for (const e of events) {
      const personal = e.data.personal;
      if (!isSealed(personal)) continue;
      const { personal: _sealed, ...data } = e.data;
      const key = keys.get(personal.$sealed.keyId);
      // A new data object: an imported event's data is still its sender's.
      e.data = key ? { ...data, personal: open(personal, key, e.eventId) } : this.keys.mayOpen(personal.$sealed.keyClass) ? { ...data, personal: ERASED_PART } : data;
    }
    return events;
  }
}
