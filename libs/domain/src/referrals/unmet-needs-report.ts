import type { ServiceType } from '@homeward/contracts/referrals';
import { SMALL_COUNT_THRESHOLD, withheldCounts } from '../shared/small-counts';

/** One unmet need as the report reads it: where, what, and where it stands. Nothing about the person. */
export interface UnmetNeedFact {
  country: string;
  area?: string;
  serviceType: ServiceType;
  status: 'open' | 'met' | 'closed';
}

/** `null` is a count from 1 to 4, withheld (CSV: "<5"), or one that the others in its row would give away; 0 is shown. */
export interface UnmetNeedsReportRow {
  country: string;
  /** Null where the area was not known. */
  area: string | null;
  serviceType: ServiceType;
  recorded: number | null;
  open: number | null;
  met: number | null;
  closed: number | null;
}

export { SMALL_COUNT_THRESHOLD };

/**
 * Unmet needs by country, area and service type, for advocacy (handbook 2.3.2), with no personal data.
 * A count from 1 to threshold − 1 is withheld; where withholding one of open, met and closed would let
 * the recorded count give it away, the smallest other one is withheld too. No totals across rows are
 * published, so none can be worked out by subtraction.
 */
export function unmetNeedsReport(facts: UnmetNeedFact[], threshold = SMALL_COUNT_THRESHOLD): UnmetNeedsReportRow[] {
  const cells = new Map<string, { country: string; area: string | null; serviceType: ServiceType; counts: Record<UnmetNeedFact['status'], number> }>();
  for (const fact of facts) {
    const area = fact.area ?? null;
    const key = JSON.stringify([fact.country, area, fact.serviceType]);
    const cell = cells.get(key) ?? { country: fact.country, area, serviceType: fact.serviceType, counts: { open: 0, met: 0, closed: 0 } };
    cell.counts[fact.status] += 1;
    cells.set(key, cell);
  }
  return [...cells.values()]
    .sort((a, b) => a.country.localeCompare(b.country) || (a.area ?? '').localeCompare(b.area ?? '') || a.serviceType.localeCompare(b.serviceType))
    .map(({ country, area, serviceType, counts }) => ({ country, area, serviceType, ...suppressed(counts, threshold) }));
}

function suppressed(counts: Record<UnmetNeedFact['status'], number>, threshold: number): Pick<UnmetNeedsReportRow, 'recorded' | 'open' | 'met' | 'closed'> {
  const { total, parts } = withheldCounts(counts, threshold);
  return { recorded: total, ...parts };
}
