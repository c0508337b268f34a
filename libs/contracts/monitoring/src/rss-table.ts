import type { Dimension } from '@homeward/contracts/planning';

/** What a number of an RSS table says where it comes from when it was not verified: made up here, to be replaced. */
export const ASSUMED = 'assumed';

/** A number (or a yes/no) of a table with where it comes from: a citation, or the word "assumed". */
export interface Sourced<T> {
  value: T;
  source: string;
}

export interface RssIndicator {
  /** Stable code; answers are keyed by it (`answers.<indicatorId>`). */
  indicatorId: string;
  dimension: Dimension;
  /** What it asks about, in the languages of the API; the published wording could not be read, so it is ours. */
  label: { en: string; fr: string };
  /** Where the indicator, its label and its dimension come from. */
  source: string;
  /** The whole numbers an answer may take, from min to max. */
  scale: { min: Sourced<number>; max: Sourced<number> };
  /** Whether a higher answer means a better situation (debt, distress: the lower the better). */
  higherIsBetter: Sourced<boolean>;
  weight: Sourced<number>;
}

/**
 * A version of the Reintegration Sustainability Survey's scoring: its indicators, answer scales,
 * weights and cut-offs, as data. Every score records the version that produced it, so a new table
 * re-scores past surveys beside, never over, their old scores.
 */
export interface RssTable {
  version: string;
  /** True while any number of it is assumed: the API and the reports say so with every score. */
  provisional: boolean;
  /** The method the table follows, and what could be verified of it. */
  method: string;
  notice: { en: string; fr: string };
  /** How much each dimension counts in the composite. */
  dimensionWeights: Record<Dimension, Sourced<number>>;
  /** A score under `low` reads as low, one at `high` or above as high, the others as medium. */
  cutOffs: { low: Sourced<number>; high: Sourced<number> };
  indicators: RssIndicator[];
}

/** The four scores of a survey, each from 0 (worst) to 1 (best). */
export interface RssScores {
  economic: number;
  social: number;
  psychosocial: number;
  composite: number;
}

export type RssBand = 'low' | 'medium' | 'high';
