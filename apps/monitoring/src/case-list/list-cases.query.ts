import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { INFRASTRUCTURE, type Infrastructure, type Page, type Principal } from '@homeward/platform';
import { CASE_LIST, type CaseListDocument, type CaseListItem } from './case-list.projection';
import { maySeeReturnee } from './returnee-visibility';

export class ListCasesQuery {
  constructor(
    readonly principal: Principal,
    readonly country: string | undefined,
    readonly page: { limit: number; offset: number },
  ) {}
}

/** Cases whose host country or country of origin is in the caller's scope (or the country asked), newest first. */
@QueryHandler(ListCasesQuery)
export class ListCasesHandler implements IQueryHandler<ListCasesQuery, Page<CaseListItem>> {
  constructor(@Inject(INFRASTRUCTURE) private readonly infra: Infrastructure) {}

  async execute({ principal, country, page: { limit, offset } }: ListCasesQuery): Promise<Page<CaseListItem>> {
    const countries = country ? [country] : principal.countries.includes('*') ? undefined : principal.countries;
    const filter = countries ? { countries } : {};
    const [found, total] = await Promise.all([
      this.infra.readModels.find<CaseListDocument>(CASE_LIST, filter, { sort: '-openedAt', skip: offset, limit }),
      this.infra.readModels.count(CASE_LIST, filter),
    ]);
    return { items: found.map((doc) => asSeenBy(principal, doc)), total, limit, offset };
  }
}

function asSeenBy(principal: Principal, { _id, _position, countries: _c, basis: _b, returnee, ...item }: CaseListDocument & { _id?: string; _position?: number }): CaseListItem {
  return returnee && maySeeReturnee(principal, item) ? { ...item, returnee } : item;
}
