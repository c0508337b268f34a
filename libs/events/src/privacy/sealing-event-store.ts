import { partitionKeyOf, type EventData, type NewEvent, type RecordedEvent } from '../envelope';
import type { EventStore, ExpectedVersion, InboxImport, ReadAllOptions, ReadStreamOptions } from '../store/event-store.port';
import { uuidv7 } from '../uuid';
import { drafts, isDraft, type DataKey, type DraftingKeyStore, type DraftKey, type KeyClass, type KeyStore } from './key-store.port';
import { InvalidEventError, WrongExpectedVersionError } from '../errors';
import { writesAlong, type CoWritingEventStore } from '../store/postgres/co-write';
import { isSealed, open, openWhenRead, seal, type SealedPersonal } from './sealed-personal';
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
    // A new stream is most often a new person: her keys are made here and stored by the append's own statement.
    const drafting = options.expectedVersion === 0 && drafts(this.keys) && writesAlong(this.inner) ? { keys: this.keys, inner: this.inner } : undefined;
    const made = new Map<KeyClass, DraftKey>();
    const sealed = await this.sealed(events, async (keyClass) => {
      // Without drafts the key is stored (committed) before the event that needs it: a crash in between leaves a key for nothing, never an event without its key.
      if (!drafting) return this.keys.keyFor(subject, keyClass);
      const key = made.get(keyClass) ?? drafting.keys.draft(subject, keyClass);
      if (isDraft(key)) made.set(keyClass, key);
      return key;
    });
    const result = drafting && made.size ? await this.appendDrafted(streamId, events, sealed, options, [...made.values()], drafting) : await this.inner.appendToStream(streamId, sealed, options);
    // The caller gets back what it appended, in the clear: it had it already.
    return { ...result, events: result.events.map((e, i) => ({ ...e, data: events[i].data })) };
  }

  /**
   * The append that stores the person's new keys in its own transaction. Refused, it was either a
   * version conflict (the keys went in all the same: they are the person's now) or someone stored
   * the person's key first, met here when this process did not hold it yet (another instance, a
   * restart): then the events are sealed again under the stored key and appended the ordinary way.
   */
  private async appendDrafted(
    streamId: string,
    events: NewEvent[],
    sealed: NewEvent[],
    options: { expectedVersion: ExpectedVersion },
    made: DraftKey[],
    { keys, inner }: { keys: DraftingKeyStore; inner: CoWritingEventStore },
  ) {
    try {
      const result = await inner.appendWith(streamId, sealed, options, keys.storing(made));
      keys.adopt(made);
      return result;
    } catch (error) {
      if (!(error instanceof WrongExpectedVersionError)) throw error;
      const stored = await Promise.all(made.map((d) => keys.keyFor(d.subjectId, d.keyClass)));
      if (stored.every((k, i) => k.keyId === made[i].keyId)) throw error;
      // The same event ids: none of them was written.
      const again = events.map((e, i) => ({ ...e, eventId: sealed[i].eventId }));
      return this.inner.appendToStream(streamId, await this.sealed(again, (keyClass) => keys.keyFor(partitionKeyOf(streamId), keyClass)), options);
    }
  }

  /** Each personal part in the clear sealed under the key `keyOf` gives for its class; the event keeps (or gets) its id, the sealing's additional data. */
  private async sealed(events: NewEvent[], keyOf: (keyClass: KeyClass) => Promise<DataKey>): Promise<NewEvent[]> {
    const out: NewEvent[] = [];
    for (const event of events) {
      const { personal, ...data } = event.data;
      if (!personal || isSealed(personal)) {
        out.push(event);
        continue;
      }
      const eventId = event.eventId ?? uuidv7();
      const keyClass = this.policy.keyClassOf(event);
      out.push({ ...event, eventId, data: { ...data, personal: seal(personal, await keyOf(keyClass), keyClass, eventId) } });
    }
    return out;
  }

  // An imported event's data is still its sender's: opened into a new data object, before it is stored.
  override async importEvents(streamId: string, events: RecordedEvent[]) {
    const opened = await this.openedOnReceipt(events);
    return (await this.inner.importEvents(streamId, events)).map((e) => ({ ...e, data: opened.get(e.eventId) ?? e.data }));
  }

  override async importBatch(imports: InboxImport[]) {
    const opened = await this.openedOnReceipt(imports.flatMap((i) => i.events));
    return (await this.inner.importBatch(imports)).map((e) => ({ ...e, data: opened.get(e.eventId) ?? e.data }));
  }

  /**
   * A received part that does not open under a key this service holds was altered on the way or
   * forged: refused (the inbox sets it aside as a dead letter) rather than stored to fail every read after it.
   */
  private async openedOnReceipt(events: RecordedEvent[]): Promise<Map<string, EventData>> {
    const copies = await this.opened(
      events.map((e) => ({ ...e })),
      false,
      (e) => new InvalidEventError(e.type, [`data/personal of event ${e.eventId} does not open under its key: altered, or sealed for another event`]),
    );
    return new Map(copies.map((e) => [e.eventId, e.data]));
  }

  // What a read returns is the driver's fresh objects: opened where they are, no copy per event.
  override async readStream(streamId: string, options?: ReadStreamOptions) {
    return this.opened(await this.inner.readStream(streamId, options), true);
  }

  override async readAll(options: ReadAllOptions) {
    return this.opened(await this.inner.readAll(options), true);
  }

  /** One key lookup for the whole page, then each part opened. */
  private async opened(events: RecordedEvent[], own: boolean, refusal?: (event: RecordedEvent) => Error): Promise<RecordedEvent[]> {
    for (const e of events) if (this.policy.erases(e)) await this.keys.forget(partitionKeyOf(e.streamId));
    const keyIds: string[] = [];
    for (const e of events) if (isSealed(e.data.personal)) keyIds.push(e.data.personal.$sealed.keyId);
    if (!keyIds.length) return events;
    const keys = await this.keys.unwrap(keyIds);
    for (const e of events) {
      const personal = e.data.personal;
      if (!isSealed(personal)) continue;
      const key = keys.get(personal.$sealed.keyId);
      if (own && key) {
        openWhenRead(e.data, personal, key, e.eventId);
        continue;
      }
      const { personal: _sealed, ...data } = e.data;
      // A part whose key is gone (and that this service could open) reads as erased; one it may not open is left out.
      e.data = key ? { ...data, personal: openOr(personal, key, e, refusal) } : this.keys.mayOpen(personal.$sealed.keyClass) ? { ...data, personal: ERASED_PART } : data;
    }
    return events;
  }
}

function openOr(personal: SealedPersonal, key: Buffer, event: RecordedEvent, refusal?: (event: RecordedEvent) => Error): Record<string, unknown> {
  if (!refusal) return open(personal, key, event.eventId);
  try {
    return open(personal, key, event.eventId);
  } catch {
    throw refusal(event);
  }
}
