import type { Projection } from '@homeward/events';
import { AllocationsController } from './allocations/allocations.http.controller';
import { allocationsProjection } from './allocations/allocations.projection';
import { ListAllocationsHandler } from './allocations/list-allocations.query';
import { caseDisbursementsProjection } from './disbursement-totals/case-disbursements.projection';
import { DisbursementTotalsController } from './disbursement-totals/disbursement-totals.http.controller';
import { DisbursementTotalsHandler } from './disbursement-totals/disbursement-totals.query';
import { DuePlansController } from './due-plans/due-plans.http.controller';
import { duePlansProjection } from './due-plans/due-plans.projection';
import { DuePlansHandler } from './due-plans/due-plans.query';
import { DiffPlanVersionsHandler } from './plan-detail/diff-plan-versions.query';
import { GetPlanHandler } from './plan-detail/get-plan.query';
import { PlanDetailController } from './plan-detail/plan-detail.http.controller';
import { planDetailProjection } from './plan-detail/plan-detail.projection';
import { ListPlansHandler } from './plan-list/list-plans.query';
import { PlanListController } from './plan-list/plan-list.http.controller';
import { planListProjection } from './plan-list/plan-list.projection';
import { planReviewsProjection } from './plan-reviews/plan-reviews.projection';

/** Every read model planning keeps; all of them can be dropped and rebuilt from the plan streams. */
export const planningProjections: Projection[] = [planListProjection, duePlansProjection, allocationsProjection, caseDisbursementsProjection, planDetailProjection, planReviewsProjection as Projection];

/**
 * Planning's read side. `plans/due` is routed before `plans/:caseId`: Nest matches routes in the
 * order controllers are registered, and "due" is no case id.
 */
export const planQueryControllers = [PlanListController, DuePlansController, PlanDetailController, AllocationsController, DisbursementTotalsController];
export const planQueryHandlers = [ListPlansHandler, DuePlansHandler, GetPlanHandler, DiffPlanVersionsHandler, ListAllocationsHandler, DisbursementTotalsHandler];
