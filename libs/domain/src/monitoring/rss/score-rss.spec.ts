import { ASSUMED, PROVISIONAL_RSS_TABLE, type RssIndicator, type RssTable } from '@homeward/contracts/monitoring';
import { DIMENSIONS } from '@homeward/contracts/planning';
import { answers } from '../testing/monitoring-fixtures';
import { bandOf, scoreRss } from './score-rss';

const assumed = <T>(value: T) => ({ value, source: ASSUMED });
const indicator = (indicatorId: string, dimension: RssIndicator['dimension'], min: number, max: number, weight: number, higherIsBetter = true): RssIndicator => ({
  indicatorId, dimension, label: { en: indicatorId, fr: indicatorId }, source: ASSUMED, scale: { min: assumed(min), max: assumed(max) }, higherIsBetter: assumed(higherIsBetter), weight: assumed(weight),
});
/** A small table to check the arithmetic of weights and scales the provisional one leaves equal. */
const weightedTable: RssTable = {
  ...PROVISIONAL_RSS_TABLE,
  version: 'test-weighted',
  dimensionWeights: { economic: assumed(2), social: assumed(1), psychosocial: assumed(1) },
  indicators: [indicator('a', 'economic', 0, 10, 3), indicator('b', 'economic', 1, 5, 1), indicator('c', 'social', 1, 3, 1), indicator('d', 'psychosocial', 1, 5, 1, false)],
};

describe('The RSS scores: three dimensions and a composite, each from 0 to 1', () => {
  it('the middle of every scale scores one half everywhere', () => {
    expect(scoreRss(answers(), PROVISIONAL_RSS_TABLE)).toEqual({ economic: 0.5, social: 0.5, psychosocial: 0.5, composite: 0.5 });
  });

  it('scores each answer on its scale, the lower-is-better ones turned round, and averages them (hand-computed on the provisional table)', () => {
    const given = answers({
      'econ-income': 5, 'econ-work': 4, 'econ-debt': 2, 'econ-food': 1, 'econ-satisfaction': 3, // 1, .75, .75, 1, .5 → .8
      'soc-housing': 2, 'soc-education': 2, 'soc-health': 2, 'soc-documents': 2, 'soc-justice': 2, // .25 each
      'psy-network': 5, 'psy-participation': 1, 'psy-discrimination': 5, 'psy-safety': 4, 'psy-distress': 2, // 1, 0, 0, .75, .75 → .5
    });
    expect(scoreRss(given, PROVISIONAL_RSS_TABLE)).toEqual({ economic: 0.8, social: 0.25, psychosocial: 0.5, composite: 0.5167 });
  });

  it('weighs indicators within a dimension and dimensions in the composite as the table says', () => {
    // economic (.5 × 3 + 1 × 1) / 4 = .625; social .5; psychosocial 1 − .25 = .75; composite (2 × .625 + .5 + .75) / 4 = .625
    expect(scoreRss({ a: 5, b: 5, c: 2, d: 2 }, weightedTable)).toEqual({ economic: 0.625, social: 0.5, psychosocial: 0.75, composite: 0.625 });
  });

  it('refuses an answer missing, out of its scale, not whole, or to a question the table does not have, naming it', () => {
    const { 'soc-health': _left, ...missing } = answers();
    expect(() => scoreRss(missing, PROVISIONAL_RSS_TABLE)).toThrow(expect.objectContaining({ code: 'RSS_ANSWER_MISSING', field: 'answers.soc-health' }));
    expect(() => scoreRss(answers({ 'psy-safety': 6 }), PROVISIONAL_RSS_TABLE)).toThrow(expect.objectContaining({ code: 'RSS_ANSWER_OUT_OF_RANGE', field: 'answers.psy-safety' }));
    expect(() => scoreRss(answers({ 'psy-safety': 0 }), PROVISIONAL_RSS_TABLE)).toThrow(expect.objectContaining({ code: 'RSS_ANSWER_OUT_OF_RANGE' }));
    expect(() => scoreRss(answers({ 'econ-debt': 2.5 }), PROVISIONAL_RSS_TABLE)).toThrow(expect.objectContaining({ code: 'RSS_ANSWER_OUT_OF_RANGE', field: 'answers.econ-debt' }));
    expect(() => scoreRss(answers({ 'econ-savings': 3 }), PROVISIONAL_RSS_TABLE)).toThrow(expect.objectContaining({ code: 'RSS_ANSWER_UNKNOWN', field: 'answers.econ-savings' }));
  });

  it('reads a score as low under the low cut-off, high from the high one, medium between', () => {
    expect([0.25, 0.33, 0.5, 0.66, 0.8].map((s) => bandOf(s, PROVISIONAL_RSS_TABLE))).toEqual(['low', 'medium', 'medium', 'high', 'high']);
  });
});

describe('The provisional table (the published method could not be verified, ../shared/DOMAIN.md)', () => {
  const numbers = [
    ...Object.values(PROVISIONAL_RSS_TABLE.dimensionWeights),
    PROVISIONAL_RSS_TABLE.cutOffs.low,
    PROVISIONAL_RSS_TABLE.cutOffs.high,
    ...PROVISIONAL_RSS_TABLE.indicators.flatMap((i) => [i.scale.min, i.scale.max, i.higherIsBetter, i.weight]),
  ];

  it('says it is provisional, in English and French', () => {
    expect(PROVISIONAL_RSS_TABLE.provisional).toBe(true);
    expect(PROVISIONAL_RSS_TABLE.notice.en).toMatch(/provisional/i);
    expect(PROVISIONAL_RSS_TABLE.notice.fr).toMatch(/provisoire/i);
  });

  it('has the published shape: 15 indicators, five in each of the three dimensions, each asked in English and French', () => {
    expect(PROVISIONAL_RSS_TABLE.indicators).toHaveLength(15);
    expect(new Set(PROVISIONAL_RSS_TABLE.indicators.map((i) => i.indicatorId)).size).toBe(15);
    for (const d of DIMENSIONS) expect(PROVISIONAL_RSS_TABLE.indicators.filter((i) => i.dimension === d)).toHaveLength(5);
    for (const i of PROVISIONAL_RSS_TABLE.indicators) expect(i.label.fr).not.toBe(i.label.en);
  });

  it('gives every number its source, and since none could be verified, every one says "assumed"', () => {
    expect(numbers.length).toBe(3 + 2 + 15 * 4);
    expect(numbers.every((n) => n.source === ASSUMED)).toBe(true);
    expect(PROVISIONAL_RSS_TABLE.indicators.every((i) => i.source.startsWith(ASSUMED))).toBe(true);
  });
});
