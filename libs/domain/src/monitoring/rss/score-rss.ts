import { DIMENSIONS, type Dimension } from '@homeward/contracts/planning';
import type { RssBand, RssIndicator, RssScores, RssTable } from '@homeward/contracts/monitoring';
import { MonitoringError } from '../monitoring.errors';

export type RssAnswers = Record<string, number>;

/** Scores are kept to four decimals: enough to rank and compare, and the same on every machine. */
export const roundScore = (score: number): number => Math.round(score * 10_000) / 10_000;

/**
 * Refuses answers the table cannot score, naming the question (`answers.<indicatorId>`): one that is
 * not the table's, one missing, one that is not a whole number on its scale.
 */
export function checkRssAnswers(answers: RssAnswers, table: RssTable): void {
  const known = new Set(table.indicators.map((i) => i.indicatorId));
  for (const indicatorId of Object.keys(answers)) {
    if (!known.has(indicatorId)) throw new MonitoringError('RSS_ANSWER_UNKNOWN', `Table ${table.version} has no question ${indicatorId}`, `answers.${indicatorId}`);
  }
  for (const { indicatorId, scale } of table.indicators) {
    const answer = answers[indicatorId];
    if (answer === undefined) throw new MonitoringError('RSS_ANSWER_MISSING', `Question ${indicatorId} is not answered`, `answers.${indicatorId}`);
    if (!Number.isInteger(answer) || answer < scale.min.value || answer > scale.max.value) {
      throw new MonitoringError('RSS_ANSWER_OUT_OF_RANGE', `The answer to ${indicatorId} is a whole number from ${scale.min.value} to ${scale.max.value}`, `answers.${indicatorId}`);
    }
  }
}

/** One answer on its indicator's scale, from 0 (worst) to 1 (best). */
function indicatorScore(answer: number, { scale, higherIsBetter }: RssIndicator): number {
  const position = (answer - scale.min.value) / (scale.max.value - scale.min.value);
  return higherIsBetter.value ? position : 1 - position;
}

const weighted = (parts: Array<{ score: number; weight: number }>): number => {
  const total = parts.reduce((sum, p) => sum + p.weight, 0);
  return parts.reduce((sum, p) => sum + p.score * p.weight, 0) / total;
};

/**
 * The four RSS scores of a survey's answers under a table: each dimension is the weighted mean of its
 * indicators' scores, the composite the weighted mean of the dimensions. Pure: the same answers and
 * table give the same scores, which is what re-scoring under a new table relies on.
 */
export function scoreRss(answers: RssAnswers, table: RssTable): RssScores {
  checkRssAnswers(answers, table);
  const dimension = (d: Dimension) =>
    weighted(table.indicators.filter((i) => i.dimension === d).map((i) => ({ score: indicatorScore(answers[i.indicatorId], i), weight: i.weight.value })));
  const [economic, social, psychosocial] = DIMENSIONS.map(dimension);
  const composite = weighted([
    { score: economic, weight: table.dimensionWeights.economic.value },
    { score: social, weight: table.dimensionWeights.social.value },
    { score: psychosocial, weight: table.dimensionWeights.psychosocial.value },
  ]);
  return { economic: roundScore(economic), social: roundScore(social), psychosocial: roundScore(psychosocial), composite: roundScore(composite) };
}

/** Where a score falls among the table's cut-offs. */
export function bandOf(score: number, table: RssTable): RssBand {
  if (score < table.cutOffs.low.value) return 'low';
  return score >= table.cutOffs.high.value ? 'high' : 'medium';
}
