import { overdueFollowUpsProjection } from '../../../apps/monitoring/src/alerts/overdue-follow-ups.projection';
import { meAggregatesProjections } from '../../../apps/monitoring/src/me-aggregates/me-aggregates';
import type { RecordedEvent } from '../../../libs/events/src/envelope';
import { ProjectionPages } from '../../../libs/events/src/projections/projection-pages';
import type { Projection } from '../../../libs/events/src/projections/projection';
import type { ReadModelStore } from '../../../libs/events/src/readmodel/read-model-store.port';
import { caseEvents } from './me-population';

/** The M&E aggregates' projections and the overdue list the overdue counts read. */
export const ME_PROJECTIONS: Projection[] = [...meAggregatesProjections, overdueFollowUpsProjection as Projection];

export interface SeedResult {
  cases: number;
  events: number;
  seconds: number;
  documents: Record<string, number>;
}

/**
 * The population's events through the projections as the live runner applies them (ProjectionPages.apply:
 * the page's documents read in one query, evolved, written in one bulk write), `page` events at a time.
 * The events go straight to the projections, not through an event store: what is measured is reading
 * what the projections keep, and a million appends would add an hour of seeding to nothing it measures.
 */
export async function seedAggregates(readModels: ReadModelStore, cases: number, page: number, log: (line: string) => void): Promise<SeedResult> {
  for (const p of ME_PROJECTIONS) await readModels.declare(p.collection, p.indexes ?? []);
  const pages = new ProjectionPages(readModels);
  const started = Date.now();
  let buffer: RecordedEvent[] = [];
  let events = 0;
  const flush = async () => {
    for (const p of ME_PROJECTIONS) await pages.apply(p, p.collection, buffer);
    events += buffer.length;
    buffer = [];
  };
  for (let i = 0; i < cases; i++) {
    buffer.push(...caseEvents(i, cases, events + buffer.length));
    if (buffer.length >= page) await flush();
    if (i % 20_000 === 19_999) log(`[bench] monitoring: ${i + 1} cases, ${events} events through the projections, ${((Date.now() - started) / 1000).toFixed(0)} s`);
  }
  if (buffer.length) await flush();
  const documents: Record<string, number> = {};
  for (const p of ME_PROJECTIONS) documents[p.collection] = await readModels.count(p.collection, {});
  return { cases, events, seconds: (Date.now() - started) / 1000, documents };
}
