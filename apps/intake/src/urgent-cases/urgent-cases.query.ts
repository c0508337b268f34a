import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { INFRASTRUCTURE, type Infrastructure, type Principal } from '@homeward/platform';
import { scopeFilter } from '../case-file/case-access';
import { mostUrgentFirst, URGENT_CASES, type OpenNeed, type UrgentCase } from './urgent-cases.projection';

export class UrgentCasesQuery {
  constructor(
    readonly principal: Principal,
    readonly limit: number,
  ) {}
}

export type UrgentCaseItem = OpenNeed & Omit<UrgentCase, 'openNeeds' | 'hasOpenNeeds' | 'priority'>;

/** The `limit` most urgent open needs of cases held in the caller's scope: life-threatening first, then the oldest. */
@QueryHandler(UrgentCasesQuery)
export class UrgentCasesHandler implements IQueryHandler<UrgentCasesQuery, UrgentCaseItem[]> {
  constructor(@Inject(INFRASTRUCTURE) private readonly infra: Infrastructure) {}

  async execute({ principal, limit }: UrgentCasesQuery): Promise<UrgentCaseItem[]> {
    // Every case read holds at least one open need, so `limit` cases hold the `limit` most urgent.
    const cases = await this.infra.readModels.find<UrgentCase>(URGENT_CASES, { hasOpenNeeds: true, ...scopeFilter(principal, 'office') }, { sort: 'priority', limit });
    return cases
      .flatMap(({ openNeeds, caseId, returneeName, office, caseManagerId }) => openNeeds.map((need) => ({ ...need, caseId, returneeName, office, caseManagerId })))
      .sort(mostUrgentFirst)
      .slice(0, limit);
  }
}
