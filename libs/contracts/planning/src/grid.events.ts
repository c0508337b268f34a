import type { FeasibilityGrid } from './feasibility-grid';

/**
 * A version of a programme's feasibility grid for a country was published (stream
 * `grid-<country>-<programme>`, one event per version: the grid's version is the stream's). No personal data.
 */
export interface FeasibilityGridPublished {
  type: 'planning.FeasibilityGridPublished';
  data: { grid: FeasibilityGrid; publishedAt: string };
}

export type GridEvent = FeasibilityGridPublished;

const EVERY_GRID_EVENT: Record<GridEvent['type'], true> = { 'planning.FeasibilityGridPublished': true };
export const GRID_EVENT_TYPES = Object.keys(EVERY_GRID_EVENT) as Array<GridEvent['type']>;

/** The stream holding every version of one programme's grid for one country. */
export const gridStreamId = (country: string, programme: string): string => `grid-${country}-${programme}`;
