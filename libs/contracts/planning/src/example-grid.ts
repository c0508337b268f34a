import type { FeasibilityGrid } from './feasibility-grid';
import example from './examples/feasibility-grid.example.json';

/**
 * AN EXAMPLE, NOT A PROGRAMME'S GRID: made up to show the upload format and to cover every
 * element type of Annex 3. A real grid comes from a programme's own feasibility study (handbook 1.4.3).
 */
export const EXAMPLE_FEASIBILITY_GRID = example as FeasibilityGrid;
