import { RSS_SCORES, type RssScoreName, type RssScores } from '@homeward/contracts/monitoring';
import { SMALL_COUNT_THRESHOLD, withheldMean } from '../../shared/small-counts';
import { roundScore } from '../rss/score-rss';

/** One survey's scores as the averages read them: country, period (e.g. a quarter, "2027-Q1") and table version; no person. */
export interface RssFact {
  country: string;
  period: string;
  tableVersion: string;
  scores: RssScores;
}

/** Averages over fewer surveys than the threshold are withheld (null), and so is their count. */
export type RssAverageRow = { country: string; period: string; tableVersion: string; surveys: number | null } & Record<RssScoreName, number | null>;

/**
 * RSS averages by dimension, country and period (issue 14.8). Scores of different table versions are
 * never averaged together: each version is its own row.
 */
export function rssAverages(facts: RssFact[], threshold = SMALL_COUNT_THRESHOLD): RssAverageRow[] {
  const groups = new Map<string, RssFact[]>();
  for (const fact of facts) {
    const key = JSON.stringify([fact.country, fact.period, fact.tableVersion]);
    groups.set(key, [...(groups.get(key) ?? []), fact]);
  }
  return [...groups.values()]
    .map((group) => {
      const { country, period, tableVersion } = group[0];
      const means = Object.fromEntries(
        RSS_SCORES.map((score) => {
          const mean = withheldMean(group.map((f) => f.scores[score]), threshold);
          return [score, mean === null ? null : roundScore(mean)];
        }),
      ) as Record<RssScoreName, number | null>;
      return { country, period, tableVersion, surveys: group.length < threshold ? null : group.length, ...means };
    })
    .sort((a, b) => a.country.localeCompare(b.country) || a.period.localeCompare(b.period) || a.tableVersion.localeCompare(b.tableVersion));
}
