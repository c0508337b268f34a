import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { INFRASTRUCTURE, type Infrastructure, type Principal } from '@homeward/platform';
import { scopeFilter } from '../case-file/case-access';
import { URGENT_CASES, type OpenNeed, type UrgentCase } from './urgent-cases.projection';

export class UrgentCasesQuery {
  constructor(readonly principal: Principal) {}
}

export type UrgentCaseItem = OpenNeed & Omit<UrgentCase, 'openNeeds' | 'hasOpenNeeds'>;

/** Open urgent needs of cases held in the caller's scope: life-threatening first, then the oldest. */
@QueryHandler(UrgentCasesQuery)
export class UrgentCasesHandler implements IQueryHandler<UrgentCasesQuery, UrgentCaseItem[]> {
  constructor(@Inject(INFRASTRUCTURE) private readonly infra: Infrastructure) {}

  async execute({ principal }: UrgentCasesQuery): Promise<UrgentCaseItem[]> {
    const cases = await this.infra.readModels.find<UrgentCase>(URGENT_CASES, { hasOpenNeeds: true, ...scopeFilter(principal, 'office') });
    return cases.flatMap(({ openNeeds, caseId, returneeName, office, caseManagerId }) => openNeeds.map((need) => ({ ...need, caseId, returneeName, office, caseManagerId }))).sort(mostUrgentFirst);
  }
}

export function mostUrgentFirst(a: OpenNeed, b: OpenNeed): number {
  const rank = (n: OpenNeed) => (n.urgency === 'life_threatening' ? 0 : 1);
  return rank(a) - rank(b) || a.identifiedAt.localeCompare(b.identifiedAt);
}
