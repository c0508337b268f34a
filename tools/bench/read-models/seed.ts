import { caseloadProjection, type CaseloadEntry } from '../../../apps/intake/src/caseload/caseload.projection';
import { returneeIndexProjection } from '../../../apps/intake/src/returnee-search/returnee-index.projection';
import { caseListProjection, type CaseListDocument } from '../../../apps/monitoring/src/case-list/case-list.projection';
import type { Projection } from '../../../libs/events/src/projections/projection';
import type { PositionedDoc } from '../../../libs/events/src/readmodel/read-model-store.port';
import { documentsOf, recordedEvents } from './case-documents';
import { populatedCase } from './population';

/** The read models the measured queries read: monitoring's case list, intake's caseload and its returnee index. */
export const SEEDED_PROJECTIONS = [caseListProjection, caseloadProjection, returneeIndexProjection] as unknown as Projection[];

/** Who the seeded cases belong to: the busiest scopes are the ones timed. */
export interface Census {
  /** The country most cases cross (host or origin), and how many. */
  busiestCountry: { country: string; cases: number };
  /** The office holding the most cases, and how many. */
  busiestOffice: { office: string; cases: number };
  /** That office's case managers, the busiest first, with their cases. */
  managers: Array<{ caseManagerId: string; cases: number }>;
}

export interface Seeding {
  wanted: number;
  /** Cases whose documents are written: fewer than wanted when the budget ran out. */
  cases: number;
  documents: number;
  seconds: number;
  stoppedAtBudget: boolean;
  census: Census;
  /** Seconds the adapter's maintenance after seeding took (VACUUM ANALYZE on PostgreSQL). */
  settleS?: number;
}

/** Writes one batch of one read model's documents; resolves once they are stored. */
export type BatchWriter = (collection: string, docs: Array<PositionedDoc<object>>) => Promise<void>;

/**
 * The documents of `wanted` cases in the three read models, built by the real projections from the
 * events intake's decider makes, written batch by batch (all three read models' batches at once),
 * until all are written or the budget is spent. `population` sizes the spread (case managers per
 * office, the three years of openings) so that fewer cases on one adapter are the first ones of the same population.
 */
export async function seedReadModels(write: BatchWriter, wanted: number, population: number, batch: number, budgetS: number, log: (line: string) => void): Promise<Seeding> {
  const t0 = performance.now();
  const countries = new Map<string, number>();
  const offices = new Map<string, Map<string, number>>();
  let cases = 0;
  let documents = 0;
  let stoppedAtBudget = false;
  while (cases < wanted) {
    if ((performance.now() - t0) / 1000 > budgetS) {
      stoppedAtBudget = true;
      break;
    }
    const end = Math.min(wanted, cases + batch);
    const byProjection = new Map<Projection, Array<PositionedDoc<object>>>(SEEDED_PROJECTIONS.map((p) => [p, []]));
    for (let k = cases; k < end; k++) {
      for (const [projection, doc] of documentsOf(recordedEvents(populatedCase(k, population)), SEEDED_PROJECTIONS)) {
        byProjection.get(projection)!.push(doc);
        if (projection === SEEDED_PROJECTIONS[0]) for (const c of (doc.doc as CaseListDocument).countries) countries.set(c, (countries.get(c) ?? 0) + 1);
        if (projection === SEEDED_PROJECTIONS[1]) {
          const { office, caseManagerId } = doc.doc as CaseloadEntry;
          const managers = offices.get(office) ?? new Map<string, number>();
          offices.set(office, managers);
          if (caseManagerId) managers.set(caseManagerId, (managers.get(caseManagerId) ?? 0) + 1);
          managers.set('', (managers.get('') ?? 0) + 1);
        }
      }
    }
    await Promise.all([...byProjection].map(([p, docs]) => write(p.collection, docs)));
    documents += [...byProjection.values()].reduce((n, docs) => n + docs.length, 0);
    cases = end;
    if (cases % (batch * 10) === 0 || cases === wanted) log(`  seeded ${cases}/${wanted} cases (${((performance.now() - t0) / 1000).toFixed(0)} s)`);
  }
  return { wanted, cases, documents, seconds: (performance.now() - t0) / 1000, stoppedAtBudget, census: censusOf(countries, offices) };
}

function censusOf(countries: Map<string, number>, offices: Map<string, Map<string, number>>): Census {
  const [country, countryCases] = [...countries].sort((a, b) => b[1] - a[1])[0];
  // The '' entry of each office counts all its cases, held or waiting.
  const [office, managers] = [...offices].sort((a, b) => (b[1].get('') ?? 0) - (a[1].get('') ?? 0))[0];
  return {
    busiestCountry: { country, cases: countryCases },
    busiestOffice: { office, cases: managers.get('') ?? 0 },
    managers: [...managers].filter(([id]) => id !== '').sort((a, b) => b[1] - a[1]).map(([caseManagerId, n]) => ({ caseManagerId, cases: n })),
  };
}
