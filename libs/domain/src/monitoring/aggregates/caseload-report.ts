import { SMALL_COUNT_THRESHOLD, withheldCounts } from '../../shared/small-counts';

/** Where one case stands, as the M&E caseload counts it: its country and status, nothing about the person. */
export interface CaseloadFact<S extends string> {
  country: string;
  status: S;
}

/** `null` is a count from 1 to 4, withheld, or one its row's total would give away. */
export type CaseloadRow<S extends string> = { country: string; total: number | null } & Record<S, number | null>;

/** Cases by country and status (issue 14.8), small counts withheld; no totals across countries, so none is worked out by subtraction. */
export function caseloadReport<S extends string>(facts: Array<CaseloadFact<S>>, statuses: readonly S[], threshold = SMALL_COUNT_THRESHOLD): Array<CaseloadRow<S>> {
  const byCountry = new Map<string, Record<S, number>>();
  for (const { country, status } of facts) {
    const counts = byCountry.get(country) ?? (Object.fromEntries(statuses.map((s) => [s, 0])) as Record<S, number>);
    counts[status] += 1;
    byCountry.set(country, counts);
  }
  return [...byCountry.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([country, counts]) => {
      const { total, parts } = withheldCounts(counts, threshold);
      return { country, total, ...parts } as CaseloadRow<S>;
    });
}
