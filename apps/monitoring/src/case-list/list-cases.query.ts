import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { INFRASTRUCTURE, type Infrastructure, type Page, type Principal } from '@homeward/platform';
import type { ReadModelStore } from '@homeward/events';
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
    const [found, total] = await Promise.all([
      this.infra.readModels.find<CaseListDocument>(CASE_LIST, countries ? { countries } : {}, { sort: '-openedAt', skip: offset, limit }),
      countries ? countInScope(this.infra.readModels, countries) : this.infra.readModels.count(CASE_LIST, {}),
    ]);
    return { items: found.map((doc) => asSeenBy(principal, doc)), total, limit, offset };
  }
}

function asSeenBy(principal: Principal, { _id, _position, countries: _c, basis: _b, returnee, ...item }: CaseListDocument & { _id?: string; _position?: number }): CaseListItem {
  return returnee && maySeeReturnee(principal, item) ? { ...item, returnee } : item;
}

/**
 * The cases hosted in or returning to one of these countries: hosted + returning − both. Counted on
 * `countries` (a list) it was one pass over every matching document (a list's GIN index has no
 * index-only scans: 20 ms for a country's 20,000 of 100,000 cases on PostgreSQL); each of these three
 * counts answers from a B-tree index alone.
 */
async function countInScope(readModels: ReadModelStore, countries: string[]): Promise<number> {
  const [hosted, returning, both] = await Promise.all([
    readModels.count(CASE_LIST, { hostCountry: countries }),
    readModels.count(CASE_LIST, { countryOfOrigin: countries }),
    readModels.count(CASE_LIST, { hostCountry: countries, countryOfOrigin: countries }),
  ]);
  return hosted + returning - both;
}
