import { RSS_SCORES, type MonitoringEvent, type RssScores } from '@homeward/contracts/monitoring';
import type { Projection } from '@homeward/events';
import { quarterOf } from './periods';

/** The surveys of a country in a quarter under one table version: how many, and their score sums. No case. */
export interface RssSumsDocument {
  country: string;
  /** The quarter the surveys were conducted in, "2027-Q1". */
  period: string;
  tableVersion: string;
  provisional: boolean;
  surveys: number;
  sums: RssScores;
}

export const ME_RSS_SUMS = 'me_rss_sums';

const HANDLES = ['monitoring.RssSurveyRecorded'] as const satisfies readonly MonitoringEvent['type'][];
type SurveyFact = Extract<MonitoringEvent, { type: (typeof HANDLES)[number] }>;

const zero = (): RssScores => ({ economic: 0, social: 0, psychosocial: 0, composite: 0 });

/**
 * RSS sums by country, quarter and table version (scores of two versions are never added together).
 * A survey counts under the version that scored it when recorded: a re-scoring names no day of the
 * survey, so its new scores are not placed in a quarter (see the module's notes).
 */
export const rssSumsProjection: Projection<RssSumsDocument, SurveyFact> = {
  name: 'monitoring.me-rss-sums',
  collection: ME_RSS_SUMS,
  indexes: [{ fields: ['country', 'period'] }, { fields: ['period'] }],
  handles: HANDLES,
  acrossStreams: true,
  documentId: (event) => `${event.country}:${quarterOf(event.data.conductedOn)}:${event.data.tableVersion}`,
  evolve: (doc, event) => {
    const { conductedOn, tableVersion, provisional, scores } = event.data;
    const base = doc ?? { country: event.country, period: quarterOf(conductedOn), tableVersion, provisional, surveys: 0, sums: zero() };
    const sums = Object.fromEntries(RSS_SCORES.map((s) => [s, base.sums[s] + scores[s]])) as unknown as RssScores;
    return { ...base, surveys: base.surveys + 1, sums };
  },
};
