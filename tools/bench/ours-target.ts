import type { EventStore } from '../../libs/events/src/store/event-store.port';
import type { Target } from './scenarios';

/** Drives one of our stores (catalogued or the bare PostgreSQL adapter) through the public port. */
export function ourTarget(store: EventStore): Target {
  return {
    append: async (streamId, events, expectedVersion) => {
      await store.appendToStream(streamId, events, { expectedVersion });
    },
    // Every personal part opened, as a reader of the whole case file needs them: a sealed store opens a part when it is read.
    readStream: async (streamId) => {
      const events = await store.readStream(streamId);
      for (const e of events) void e.data.personal;
      return events.length;
    },
    close: () => store.close(),
  };
}
