import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { INFRASTRUCTURE, type Infrastructure } from '@homeward/platform';
import { SAFETY_PLANS, type SafetyPlansDocument } from './safety-plans.projection';

/** The caller's right to read them is checked before (CaseDetailsReader.protectedTo). */
export class SafetyPlansQuery {
  constructor(readonly caseId: string) {}
}

export type SafetyPlansView = SafetyPlansDocument;

@QueryHandler(SafetyPlansQuery)
export class SafetyPlansHandler implements IQueryHandler<SafetyPlansQuery, SafetyPlansView> {
  constructor(@Inject(INFRASTRUCTURE) private readonly infra: Infrastructure) {}

  async execute({ caseId }: SafetyPlansQuery): Promise<SafetyPlansView> {
    const stored = await this.infra.readModels.get<SafetyPlansDocument>(SAFETY_PLANS, caseId);
    if (!stored) return { caseId, safetyPlans: [], relocations: [] };
    const { _id, _position, ...plans } = stored;
    return plans;
  }
}
