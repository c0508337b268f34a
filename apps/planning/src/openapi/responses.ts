import type { Page } from '@homeward/platform';
import type { AllocationItem } from '../allocations/allocations.projection';
import type { DisbursementTotals } from '../disbursement-totals/disbursement-totals.query';
import type { DuePlanItem } from '../due-plans/due-plans.query';
import type { GridVersionItem } from '../feasibility-grids/grid-versions.projection';
import type { GridVersionView } from '../feasibility-grids/grid-catalogue';
import type { PlanDetailView } from '../plan-detail/get-plan.query';
import type { PlanListItem } from '../plan-list/plan-list.projection';
import type { PlanVersionsDiffView } from '../plan-detail/diff-plan-versions.query';
import type { PublishedGridVersion } from '../feasibility-grids/grid-commands';
import type { PlanCommandResult } from '../plan-commands/plan-commands';
import type { ProposalsForCase } from '../propose-elements/propose-elements.http.controller';

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
export type ElementProposals = ProposalsForCase;
export type PlanListPage = Page<PlanListItem>;
export type DuePlansPage = Page<DuePlanItem>;
export type PlanDetail = PlanDetailView;
export type PlanVersionsDiff = PlanVersionsDiffView;
export type AllocationsPage = Page<AllocationItem>;
export type DisbursementTotalsPage = Page<DisbursementTotals>;
