import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { INFRASTRUCTURE, type Infrastructure, type Page, type Principal } from '@homeward/platform';
import { scopeFilter } from '../case-file/case-access';
import { CASELOAD, type CaseloadEntry } from './caseload.projection';

export class CaseloadQuery {
  constructor(
    readonly principal: Principal,
    readonly caseManagerId: string | undefined,
    readonly limit: number,
    readonly offset: number,
  ) {}
}

export type CaseloadItem = Omit<CaseloadEntry, 'basis'>;
export type CaseloadPage = Page<CaseloadItem>;

/** Cases held by offices in the caller's scope, a case manager's own only; newest first. */
@QueryHandler(CaseloadQuery)
export class CaseloadHandler implements IQueryHandler<CaseloadQuery, CaseloadPage> {
  constructor(@Inject(INFRASTRUCTURE) private readonly infra: Infrastructure) {}

  async execute({ principal, caseManagerId, limit, offset }: CaseloadQuery): Promise<CaseloadPage> {
    const whose = principal.role === 'case_manager' ? principal.userId : caseManagerId;
    const filter = { ...scopeFilter(principal, 'office'), ...(whose ? { caseManagerId: whose } : {}) };
    const [found, total] = await Promise.all([
      this.infra.readModels.find<CaseloadEntry>(CASELOAD, filter, { sort: '-openedAt', skip: offset, limit }),
      this.infra.readModels.count(CASELOAD, filter),
    ]);
    return { items: found.map(({ _id, _position, basis, ...item }) => item), total, limit, offset };
  }
}
