import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { INFRASTRUCTURE, type Infrastructure, type Page, type Principal } from '@homeward/platform';
import { scopeFilter } from '../case-file/case-access';
import { CASELOAD, type CaseloadEntry } from '../caseload/caseload.projection';
import type { CaseloadItem } from '../caseload/caseload.query';

export class IncomingCasesQuery {
  constructor(
    readonly principal: Principal,
    readonly page: { limit: number; offset: number },
  ) {}
}

/** Cases transferred to an office in the caller's scope that no case manager holds yet; the longest waiting first. */
@QueryHandler(IncomingCasesQuery)
export class IncomingCasesHandler implements IQueryHandler<IncomingCasesQuery, Page<CaseloadItem>> {
  constructor(@Inject(INFRASTRUCTURE) private readonly infra: Infrastructure) {}

  async execute({ principal, page: { limit, offset } }: IncomingCasesQuery): Promise<Page<CaseloadItem>> {
    const filter = { ...scopeFilter(principal, 'office'), awaitingAssignment: true };
    const [found, total] = await Promise.all([
      this.infra.readModels.find<CaseloadEntry>(CASELOAD, filter, { sort: 'transferredAt', skip: offset, limit }),
      this.infra.readModels.count(CASELOAD, filter),
    ]);
    return { items: found.map(({ _id, _position, basis, ...item }): CaseloadItem => item), total, limit, offset };
  }
}
