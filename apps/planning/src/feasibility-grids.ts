// The feasibility grid (issue 12, 3): its versions published and read, the example shipped at start, and proposals read from it.
import { GridCatalogue } from './feasibility-grids/grid-catalogue';
import { GridCommands } from './feasibility-grids/grid-commands';
import { gridVersionsProjection } from './feasibility-grids/grid-versions.projection';
import { GridsController } from './feasibility-grids/grids.http.controller';
import { ShipExampleGrid } from './feasibility-grids/ship-example-grid';
import { PlanReader } from './plan-stream/read-plan';
import { ProposeElementsController } from './propose-elements/propose-elements.http.controller';

export const feasibilityGridControllers = [GridsController, ProposeElementsController];
export const feasibilityGridProviders = [GridCommands, GridCatalogue, ShipExampleGrid, PlanReader];
export const feasibilityGridProjections = [gridVersionsProjection];
