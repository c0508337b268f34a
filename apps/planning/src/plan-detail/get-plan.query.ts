import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { AllocationState, Plan, PlanInputs, PlanVersion } from '@homeward/domain';
import { INFRASTRUCTURE, type Infrastructure, type Principal } from '@homeward/platform';
import { PLAN_REVIEWS, type CasePlanReviews, type PlanReviewRecommendation } from '../plan-reviews/plan-reviews.projection';
import { readablePlan } from './plan-access';

export class GetPlanQuery {
  constructor(
    readonly principal: Principal,
    readonly caseId: string,
  ) {}
}

/** A case's plan for those who help the returnee: every version with its content and stage, the allocations and what was paid. */
export interface PlanDetailView {
  caseId: string;
  country: string;
  status: Plan['status'];
  flag?: Plan['flag'];
  arrivalDate: string;
  dueOn: string;
  finalisedOn?: string;
  inputs?: PlanInputs;
  preDeparturePlan?: { sessionId: string; reviewed: boolean };
  versions: PlanVersion[];
  allocations: AllocationState[];
  /** Monitoring's recommendations to review the plan (RSS scores fell, or a radical change), oldest first. */
  reviewRecommendations: PlanReviewRecommendation[];
}

@QueryHandler(GetPlanQuery)
export class GetPlanHandler implements IQueryHandler<GetPlanQuery, PlanDetailView> {
  constructor(@Inject(INFRASTRUCTURE) private readonly infra: Infrastructure) {}

  async execute({ principal, caseId }: GetPlanQuery): Promise<PlanDetailView> {
    const [plan, reviews] = await Promise.all([readablePlan(this.infra.readModels, principal, caseId), this.infra.readModels.get<CasePlanReviews>(PLAN_REVIEWS, caseId)]);
    // The returnee's id, the consents noted and the referrals made are the decider's bookkeeping, not the plan's content.
    const { status, flag, country, arrivalDate, dueOn, finalisedOn, inputs, versions, allocations } = plan;
    const { preDeparturePlan } = plan.facts;
    return {
      caseId: plan.caseId,
      country,
      status,
      ...(flag ? { flag } : {}),
      arrivalDate,
      dueOn,
      ...(finalisedOn ? { finalisedOn } : {}),
      ...(inputs ? { inputs } : {}),
      ...(preDeparturePlan ? { preDeparturePlan } : {}),
      versions,
      allocations: Object.values(allocations).sort((a, b) => a.allocationId.localeCompare(b.allocationId)),
      reviewRecommendations: reviews?.recommendations ?? [],
    };
  }
}
