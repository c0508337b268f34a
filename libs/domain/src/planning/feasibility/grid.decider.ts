import type { FeasibilityGrid, GridEvent } from '@homeward/contracts/planning';
import { exhaustive } from '../../shared/exhaustive';
import type { CommandMetadata } from '../../shared/command-metadata';
import { GridError } from './grid.errors';

/** `gridKey` names the stream: `<country>-<programme>`. */
type GridCommandOf<T extends string, D> = { type: T; data: D & { gridKey: string }; metadata: CommandMetadata };

/** A supervisor publishes the next version of a programme's grid for a country. */
export type PublishGrid = GridCommandOf<'PublishGrid', { grid: FeasibilityGrid }>;
/** The service ships the example grid so that a fresh start can propose: published only where no version is. */
export type ShipExampleGrid = GridCommandOf<'ShipExampleGrid', { grid: FeasibilityGrid }>;
export type GridCommand = PublishGrid | ShipExampleGrid;

export interface GridState {
  /** The versions published so far; the next one is versions + 1. */
  versions: number;
  gridId?: string;
}

export const initialGridState = (): GridState => ({ versions: 0 });

export function evolveGrid(state: GridState, event: GridEvent): GridState {
  switch (event.type) {
    case 'planning.FeasibilityGridPublished':
      return { versions: event.data.grid.version, gridId: event.data.grid.gridId };
    default:
      return exhaustive(event.type);
  }
}

export function decideGrid(command: GridCommand, state: GridState): GridEvent[] {
  switch (command.type) {
    case 'PublishGrid':
      return publish(command, state);
    case 'ShipExampleGrid':
      return state.versions ? [] : publish(command, state);
    default:
      return exhaustive(command);
  }
}

/**
 * Versions follow one another: the grid says which it is, so two supervisors publishing at once
 * cannot both publish "the next" one. Every version keeps the grid's id, which plan elements cite.
 */
function publish({ data: { grid }, metadata }: GridCommand, state: GridState): GridEvent[] {
  const next = state.versions + 1;
  if (grid.version !== next) throw new GridError('GRID_VERSION_CONFLICT', `This grid's next version is ${next}, not ${grid.version}`, 'version', { nextVersion: next });
  if (state.gridId && grid.gridId !== state.gridId) throw new GridError('GRID_ID_CHANGED', `This grid's id is ${state.gridId}`, 'gridId', { gridId: state.gridId });
  const seen = new Set<string>();
  grid.rows.forEach((row, i) => {
    if (seen.has(row.rowId)) throw new GridError('GRID_ROW_ID_REPEATED', `Row ${row.rowId} appears twice`, `rows.${i}.rowId`);
    seen.add(row.rowId);
  });
  return [{ type: 'planning.FeasibilityGridPublished', data: { grid, publishedAt: metadata.now } }];
}

/** One programme's grid for one country, as the platform's command handler runs it (stream `grid-<country>-<programme>`). */
export const gridDecider = { initialState: initialGridState, evolve: evolveGrid, decide: decideGrid };
