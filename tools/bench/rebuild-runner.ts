import type { RecordedEvent } from '../../libs/events/src/envelope';
import type { Projection } from '../../libs/events/src/projections/projection';
import { ProjectionRunner } from '../../libs/events/src/projections/projection-runner';
import { InMemoryReadModelStore } from '../../libs/events/src/readmodel/in-memory-read-model-store';
import type { EventStore } from '../../libs/events/src/store/event-store.port';
import type { RebuildFn } from './projection-rebuild';

interface StreamCount {
  streamId: string;
  count: number;
}

/** The simplest useful read model: one document per stream, counting its events. */
function eventsPerStream(types: readonly string[]): Projection<StreamCount> {
  return {
    name: 'bench.events-per-stream',
    collection: 'bench_events_per_stream',
    handles: types,
    documentId: (e: RecordedEvent) => e.streamId,
    evolve: (doc, e) => ({ streamId: e.streamId, count: (doc?.count ?? 0) + 1 }),
  };
}

/**
 * The lead's ProjectionRunner rebuilding into memory (so the figure is the runner plus the
 * store, not a database on the read side). Each call starts from an empty read model;
 * `verify` checks the last one counted every event exactly once.
 */
export function runnerRebuild(store: EventStore, types: readonly string[]): { rebuild: RebuildFn; verify: (expected: number) => Promise<void> } {
  const projection = eventsPerStream(types);
  let readModels = new InMemoryReadModelStore();
  return {
    rebuild: async (tick) => {
      readModels = new InMemoryReadModelStore();
      return (await new ProjectionRunner(store, readModels, [projection]).rebuild(projection, () => tick())).applied;
    },
    verify: async (expected) => {
      const docs = await readModels.find<StreamCount>(projection.collection, {});
      const total = docs.reduce((n, d) => n + d.count, 0);
      if (total !== expected) throw new Error(`rebuild counted ${total} events, the log holds ${expected}`);
    },
  };
}
