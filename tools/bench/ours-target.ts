import type { EventStore } from '../../libs/events/src/store/event-store.port';
import type { Target } from './scenarios';

/** Drives one of our stores (catalogued or the bare PostgreSQL adapter) through the public port. */
export function ourTarget(store: EventStore): Target {
  return {
    append: async (streamId, events, expectedVersion) => {
      await store.appendToStream(streamId, events, { expectedVersion });
    },
    readStream: async (streamId) => (await store.readStream(streamId)).length,
    close: () => store.close(),
  };
}
