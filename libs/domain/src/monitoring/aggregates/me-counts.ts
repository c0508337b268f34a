import { RSS_SCORES, type RssScoreName, type RssScores } from '@homeward/contracts/monitoring';
import { SMALL_COUNT_THRESHOLD, withheldCounts } from '../../shared/small-counts';
import { roundScore } from '../rss/score-rss';

export { SMALL_COUNT_THRESHOLD };

/**
 * The M&E indicators of issue 14.8 from counts kept by projections (a document per country and
 * period holds sums and counts, never a case): the same rule as the caseload and the unmet needs. A
 * count from 1 to threshold − 1 is withheld (null); where only one part of a total is withheld, the
 * next smallest is withheld with it, so the total cannot give it away; 0 is shown.
 */
export function withheldParts<K extends string>(parts: Record<K, number>, threshold = SMALL_COUNT_THRESHOLD): { total: number | null } & Record<K, number | null> {
  const { total, parts: shown } = withheldCounts(parts, threshold);
  return { total, ...shown };
}

/** A survey count and its score sums, as a projection keeps them for one country, period and table version. */
export interface RssSums {
  surveys: number;
  sums: RssScores;
}

/** The averages of those sums; fewer surveys than the threshold show nothing, not even how many. */
export function rssAveragesOf({ surveys, sums }: RssSums, threshold = SMALL_COUNT_THRESHOLD): { surveys: number | null } & Record<RssScoreName, number | null> {
  const shown = surveys >= threshold;
  const means = Object.fromEntries(RSS_SCORES.map((s) => [s, shown ? roundScore(sums[s] / surveys) : null])) as Record<RssScoreName, number | null>;
  return { surveys: shown ? surveys : null, ...means };
}

/** Plans due in a month: approved by the day a month after arrival, approved later, not approved yet; and the derogations granted. */
export interface DeadlineCounts {
  onTime: number;
  late: number;
  notApproved: number;
  derogated: number;
}

export type DeadlineRow = { due: number | null; onTime: number | null; late: number | null; notApproved: number | null; derogated: number | null; onTimeRate: number | null };

/**
 * Plans within the one-month deadline (handbook 2.3): the rate is those approved within a month of
 * arrival over the plans due. Withheld with its numerator or its denominator: the rate times the
 * plans due would give a withheld count back.
 */
export function deadlineRow({ onTime, late, notApproved, derogated }: DeadlineCounts, threshold = SMALL_COUNT_THRESHOLD): DeadlineRow {
  const { total: due, ...parts } = withheldParts({ onTime, late, notApproved }, threshold);
  const shownDerogated = derogated > 0 && derogated < threshold ? null : derogated;
  const onTimeRate = due === null || parts.onTime === null || due === 0 ? null : Math.round((parts.onTime / due) * 1000) / 1000;
  return { due, ...parts, derogated: due === null ? null : shownDerogated, onTimeRate };
}

/** Days from arrival to the approved plan, as a histogram: days → plans. */
export type DaysHistogram = Record<string, number>;

/**
 * The median and 90th percentile (nearest rank) of the days from arrival to an approved plan; fewer
 * plans than the threshold show nothing: a median of three is nearly one person's own figure.
 */
export function timeToPlanRow(histogram: DaysHistogram, threshold = SMALL_COUNT_THRESHOLD): { plans: number | null; medianDays: number | null; p90Days: number | null } {
  const days = Object.entries(histogram)
    .map(([d, n]) => [Number(d), n] as const)
    .filter(([, n]) => n > 0)
    .sort(([a], [b]) => a - b);
  const plans = days.reduce((sum, [, n]) => sum + n, 0);
  if (plans < threshold) return { plans: plans === 0 ? 0 : null, medianDays: null, p90Days: null };
  const rank = (q: number): number => {
    const wanted = Math.ceil(q * plans);
    let seen = 0;
    for (const [d, n] of days) if ((seen += n) >= wanted) return d;
    return days[days.length - 1][0];
  };
  return { plans, medianDays: rank(0.5), p90Days: rank(0.9) };
}
