import type { NewEvent, RecordedEvent } from '../envelope';
import type { EventCatalogue } from '../catalogue/event-catalogue';
import type { EventStore, ExpectedVersion, InboxImport, ReadAllOptions, ReadStreamOptions } from './event-store.port';
import { EventStoreDecorator } from './event-store-decorator';
import { checkableOnReceipt } from '../privacy/received-sealed';

/**
 * Wraps any adapter: refuses events that do not validate against the catalogue before
 * anything is written, and upcasts old schema versions on every read. A received event's sealed
 * personal part is stored as it came (checkableOnReceipt).
 */
export class CataloguedEventStore extends EventStoreDecorator {
  constructor(
    inner: EventStore,
    private readonly catalogue: EventCatalogue,
  ) {
    super(inner);
  }

  override async appendToStream(streamId: string, events: NewEvent[], options: { expectedVersion: ExpectedVersion }) {
    const checked = events.map((e) => ({ ...e, schemaVersion: this.catalogue.validate(e) }));
    const result = await this.inner.appendToStream(streamId, checked, options);
    return { ...result, events: result.events.map(this.up) };
  }

  override async importEvents(streamId: string, events: RecordedEvent[]) {
    for (const e of events) this.catalogue.validate(checkableOnReceipt(e, this.catalogue));
    return (await this.inner.importEvents(streamId, events)).map(this.up);
  }

  /** Every event of the batch is checked before any is written: one refused, none imported. */
  override async importBatch(imports: InboxImport[]) {
    for (const { events } of imports) for (const e of events) this.catalogue.validate(checkableOnReceipt(e, this.catalogue));
    return (await this.inner.importBatch(imports)).map(this.up);
  }

  override async readStream(streamId: string, options?: ReadStreamOptions) {
    return (await this.inner.readStream(streamId, options)).map(this.up);
  }

  override async readAll(options: ReadAllOptions) {
    return (await this.inner.readAll(options)).map(this.up);
  }

  private readonly up = (e: RecordedEvent) => this.catalogue.upcast(e);
}
