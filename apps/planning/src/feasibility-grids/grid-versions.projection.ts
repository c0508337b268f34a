import type { GridEvent } from '@homeward/contracts/planning';
import type { Projection } from '@homeward/events';

/** One published version of a grid, as the list shows it: what it is for, not its rows. */
export interface GridVersionItem {
  country: string;
  programme: string;
  version: number;
  gridId: string;
  validFrom: string;
  /** Shipped for illustration, never a programme's real grid. */
  example: boolean;
  source?: string;
  rows: number;
  publishedAt: string;
  publishedBy: string;
}

export const GRID_VERSIONS = 'grid_versions';

const HANDLES = ['planning.FeasibilityGridPublished'] as const;

/** Every version of every grid, newest first within a country or across all of them. */
export const gridVersionsProjection: Projection<GridVersionItem, GridEvent> = {
  name: 'planning.grid-versions',
  collection: GRID_VERSIONS,
  indexes: [{ fields: ['country', 'publishedAt'] }, { fields: ['publishedAt'] }],
  handles: HANDLES,
  documentId: ({ data: { grid } }) => `${grid.country}-${grid.programme}-${grid.version}`,
  evolve: (_doc, { data: { grid, publishedAt }, actor }) => ({
    country: grid.country,
    programme: grid.programme,
    version: grid.version,
    gridId: grid.gridId,
    validFrom: grid.validFrom,
    example: grid.example ?? false,
    ...(grid.source ? { source: grid.source } : {}),
    rows: grid.rows.length,
    publishedAt,
    publishedBy: actor.userId,
  }),
};
