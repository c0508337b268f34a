import type { Proposals } from '@homeward/domain';
import type { Page } from '@homeward/platform';
import type { GridVersionView } from '../feasibility-grids/grid-catalogue';
import type { PublishedGridVersion } from '../feasibility-grids/grid-commands';
import type { GridVersionItem } from '../feasibility-grids/grid-versions.projection';
import type { PlanCommandResult } from '../plan-commands/plan-commands';

/*
 * The body of each successful answer of planning, under the name its OpenAPI schema has: the types
 * the controllers return, turned into JSON Schema by `npm run openapi:responses` (response-schemas.json,
 * checked to be up to date by tools/openapi/response-schemas.spec). Add the type here when an answer changes shape.
 * The returnee's copy answers application/pdf: its schema is declared on its operation.
 */
export type PlanWritten = PlanCommandResult;
export type AllocationWritten = PlanCommandResult & { allocationId: string };
export type DisbursementWritten = PlanCommandResult & { disbursementId: string };
export type GridPublished = PublishedGridVersion;
export type GridVersionsPage = Page<GridVersionItem>;
export type GridVersion = GridVersionView;
export type ElementProposals = Proposals;
