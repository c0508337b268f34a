import { RSS_SCORES, type RssScores, type ScoreDrop } from '@homeward/contracts/monitoring';
import { roundScore } from './score-rss';

/** The scores that fell by more than the threshold from one survey to the next (falling scores prompt a plan review, handbook 2.3.3). */
export function scoreDrops(before: RssScores, after: RssScores, threshold: number): ScoreDrop[] {
  return RSS_SCORES.filter((score) => roundScore(before[score] - after[score]) > threshold).map((score) => ({ score, from: before[score], to: after[score] }));
}
