import type { ServiceType } from '@homeward/contracts/referrals';

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

/** Counts under this are withheld: in a small place, a small count can point at a person. */
export const SMALL_COUNT_THRESHOLD = 5;

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

const small = (n: number, threshold: number) => n > 0 && n < threshold;

function suppressed(counts: Record<UnmetNeedFact['status'], number>, threshold: number): Pick<UnmetNeedsReportRow, 'recorded' | 'open' | 'met' | 'closed'> {
  const recorded = counts.open + counts.met + counts.closed;
  if (small(recorded, threshold)) return { recorded: null, open: null, met: null, closed: null };
  const parts = (['open', 'met', 'closed'] as const).map((status) => ({ status, count: counts[status], withheld: small(counts[status], threshold) }));
  if (parts.filter((p) => p.withheld).length === 1) {
    // recorded − the two shown would give the one withheld away: withhold the smallest other count that is not 0.
    const next = parts.filter((p) => !p.withheld && p.count > 0).sort((a, b) => a.count - b.count)[0];
    if (next) next.withheld = true;
  }
  const shown = Object.fromEntries(parts.map((p) => [p.status, p.withheld ? null : p.count])) as Pick<UnmetNeedsReportRow, 'open' | 'met' | 'closed'>;
  return { recorded, ...shown };
}
