import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { diffVersions, type PlanDiff } from '@homeward/domain';
import { INFRASTRUCTURE, type Infrastructure, type Principal } from '@homeward/platform';
import { readablePlan } from './plan-access';

export class DiffPlanVersionsQuery {
  constructor(
    readonly principal: Principal,
    readonly caseId: string,
    readonly from: number,
    readonly to: number,
  ) {}
}

export type PlanVersionsDiffView = PlanDiff & { from: number; to: number };

/** What one version changes in another: elements added, removed and changed field by field, and the plan's arrangements. */
@QueryHandler(DiffPlanVersionsQuery)
export class DiffPlanVersionsHandler implements IQueryHandler<DiffPlanVersionsQuery, PlanVersionsDiffView> {
  constructor(@Inject(INFRASTRUCTURE) private readonly infra: Infrastructure) {}

  async execute({ principal, caseId, from, to }: DiffPlanVersionsQuery): Promise<PlanVersionsDiffView> {
    return diffVersions(await readablePlan(this.infra.readModels, principal, caseId), from, to);
  }
}
