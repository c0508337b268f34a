export { onEveryReadModelStore } from '@homeward/events/testing';
import { type ReadModelStore, type RecordedEvent } from '@homeward/events';
import { project } from '@homeward/testing/intake';
import { planningProjections } from '../plan-queries';

/** Declares planning's read models as the service does and stores what its projections make of these events. */
export async function projectInto(readModels: ReadModelStore, events: RecordedEvent[]): Promise<void> {
  for (const projection of planningProjections) {
    await readModels.declare(projection.collection, projection.indexes ?? []);
    for (const [id, doc] of project(projection, events)) await readModels.put(projection.collection, id, doc, 1);
  }
}
