import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { SENSITIVE_SERVICES } from '@homeward/contracts/intake';
import { INFRASTRUCTURE, type Infrastructure, type Principal } from '@homeward/platform';
import { maySeeSensitive, scopeFilter } from '../case-file/case-access';
import { mostUrgentFirst, URGENT_CASES, type OpenNeed, type UrgentCase } from './urgent-cases.projection';

export class UrgentCasesQuery {
  constructor(
    readonly principal: Principal,
    readonly limit: number,
  ) {}
}

/** A need as this caller may see it: its kind only if they may see the finding behind it. */
export type UrgentCaseItem = Omit<OpenNeed, 'serviceNeeded'> & Partial<Pick<OpenNeed, 'serviceNeeded'>> & Omit<UrgentCase, 'openNeeds' | 'hasOpenNeeds' | 'priority' | 'names'>;

/**
 * The `limit` most urgent open needs of cases held in the caller's scope: life-threatening
 * first, then the oldest. Everyone on duty sees that a need exists and how urgent; "mental
 * health" next to a name is health data, so the kind is for the case's own case manager, the
 * office's supervisors and auditors, unless it is child protection, which the whole office acts on.
 */
@QueryHandler(UrgentCasesQuery)
export class UrgentCasesHandler implements IQueryHandler<UrgentCasesQuery, UrgentCaseItem[]> {
  constructor(@Inject(INFRASTRUCTURE) private readonly infra: Infrastructure) {}

  async execute({ principal, limit }: UrgentCasesQuery): Promise<UrgentCaseItem[]> {
    // Every case read holds at least one open need, so `limit` cases hold the `limit` most urgent.
    const cases = await this.infra.readModels.find<UrgentCase>(URGENT_CASES, { hasOpenNeeds: true, ...scopeFilter(principal, 'office') }, { sort: 'priority', limit });
    return cases
      .flatMap(({ openNeeds, caseId, returneeName, office, caseManagerId }) => {
        const holder = { caseId, returneeName, office, ...(caseManagerId ? { caseManagerId } : {}) };
        const seesKind = maySeeSensitive(principal, holder);
        return openNeeds.map(({ serviceNeeded, ...need }) => ({
          ...need,
          ...(seesKind || !SENSITIVE_SERVICES.includes(serviceNeeded) ? { serviceNeeded } : {}),
          ...holder,
        }));
      })
      .sort(mostUrgentFirst)
      .slice(0, limit);
  }
}
