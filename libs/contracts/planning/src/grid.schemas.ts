import type { EventDefinition } from '@homeward/events/catalogue';
import { closed, isoDateTime } from '@homeward/events/catalogue';
import { feasibilityGridSchema } from './feasibility-grid.schema';

/** The feasibility grid's versions: the grid exactly as its upload format says, and when it was published. */
export const planningGridEvents: EventDefinition[] = [
  {
    type: 'planning.FeasibilityGridPublished',
    context: 'planning',
    description: "A version of a programme's feasibility grid for a country was published (the grid's version is its stream's); an example grid says so (example: true). No personal data.",
    versions: { 1: closed({ grid: feasibilityGridSchema, publishedAt: isoDateTime }, ['grid', 'publishedAt']) },
  },
];
