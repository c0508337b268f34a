/** Counts under this are withheld: in a small place, a small count can point at a person. */
export const SMALL_COUNT_THRESHOLD = 5;

const small = (n: number, threshold: number) => n > 0 && n < threshold;

/**
 * A total and its parts as an aggregate may publish them: a count from 1 to threshold − 1 is withheld
 * (null); where only one part is withheld, the total minus the others would give it away, so the
 * smallest other part that is not 0 is withheld too. A small total withholds everything. 0 is shown.
 */
export function withheldCounts<K extends string>(parts: Record<K, number>, threshold = SMALL_COUNT_THRESHOLD): { total: number | null; parts: Record<K, number | null> } {
  const keys = Object.keys(parts) as K[];
  const total = keys.reduce((sum, k) => sum + parts[k], 0);
  if (small(total, threshold)) return { total: null, parts: Object.fromEntries(keys.map((k) => [k, null])) as Record<K, null> };
  const cells = keys.map((key) => ({ key, count: parts[key], withheld: small(parts[key], threshold) }));
  if (cells.filter((c) => c.withheld).length === 1) {
    const next = cells.filter((c) => !c.withheld && c.count > 0).sort((a, b) => a.count - b.count)[0];
    if (next) next.withheld = true;
  }
  return { total, parts: Object.fromEntries(cells.map((c) => [c.key, c.withheld ? null : c.count])) as Record<K, number | null> };
}

/** A mean over too few people is withheld like a small count: it is nearly their own value. */
export function withheldMean(values: number[], threshold = SMALL_COUNT_THRESHOLD): number | null {
  if (values.length < threshold) return null;
  return values.reduce((sum, v) => sum + v, 0) / values.length;
}
