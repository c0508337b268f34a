import { EXAMPLE_FEASIBILITY_GRID, type FeasibilityGrid, type GridEvent } from '@homeward/contracts/planning';
import { deciderSpecification } from '../../shared/testing/decider-specification';
import { gridDecider, type GridCommand } from './grid.decider';

const given = deciderSpecification(gridDecider);
const NOW = '2027-01-02T09:00:00.000Z';
const grid = (version: number, over: Partial<FeasibilityGrid> = {}): FeasibilityGrid => ({ ...EXAMPLE_FEASIBILITY_GRID, example: false, version, ...over });
const publish = (g: FeasibilityGrid, type: GridCommand['type'] = 'PublishGrid'): GridCommand =>
  ({ type, data: { gridKey: `${g.country}-${g.programme}`, grid: g }, metadata: { now: NOW, today: NOW.slice(0, 10), userId: 'sup-sn-1', role: 'supervisor' } });
const published = (g: FeasibilityGrid, publishedAt = NOW): GridEvent => ({ type: 'planning.FeasibilityGridPublished', data: { grid: g, publishedAt } });

describe('Feasibility grids are versioned data per country and programme (handbook 2.3.1)', () => {
  it('publishes the first version of a grid as it was uploaded', () => {
    given([]).when(publish(grid(1))).then([published(grid(1))]);
  });

  it('publishes each later version after the one before', () => {
    given([published(grid(1))]).when(publish(grid(2))).then([published(grid(2))]);
  });

  it('refuses a version that is not the next one, as when two supervisors publish at once', () => {
    given([published(grid(1))]).when(publish(grid(1))).thenThrows('GRID_VERSION_CONFLICT', { field: 'version', details: { nextVersion: 2 } });
    given([]).when(publish(grid(3))).thenThrows('GRID_VERSION_CONFLICT');
  });

  it('keeps the grid’s id from one version to the next: plan elements cite it', () => {
    given([published(grid(1))]).when(publish(grid(2, { gridId: 'another' }))).thenThrows('GRID_ID_CHANGED', { field: 'gridId' });
  });

  it('refuses two rows with one id: a proposal names the row that justified it', () => {
    const [first, ...rest] = EXAMPLE_FEASIBILITY_GRID.rows;
    given([]).when(publish(grid(1, { rows: [first, ...rest, first] }))).thenThrows('GRID_ROW_ID_REPEATED', { field: `rows.${rest.length + 1}.rowId` });
  });

  it('ships the example grid where no version is published, and leaves a published grid alone', () => {
    given([]).when(publish(EXAMPLE_FEASIBILITY_GRID, 'ShipExampleGrid')).then([published(EXAMPLE_FEASIBILITY_GRID)]);
    given([published(EXAMPLE_FEASIBILITY_GRID)]).when(publish(EXAMPLE_FEASIBILITY_GRID, 'ShipExampleGrid')).thenNothing();
  });
});
