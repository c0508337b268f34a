import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import type { Stored } from '@homeward/events';
import { INFRASTRUCTURE, type Infrastructure, type Principal } from '@homeward/platform';
import { CASE_LIST, type CaseListItem } from './case-list.projection';

export class ListCasesQuery {
  constructor(
    readonly principal: Principal,
    readonly country: string | undefined,
    readonly limit: number,
    readonly skip: number,
  ) {}
}

/** Cases whose host country or country of origin is in the caller's scope, newest first. */
@QueryHandler(ListCasesQuery)
export class ListCasesHandler implements IQueryHandler<ListCasesQuery, CaseListItem[]> {
  constructor(@Inject(INFRASTRUCTURE) private readonly infra: Infrastructure) {}

  async execute({ principal, country, limit, skip }: ListCasesQuery): Promise<CaseListItem[]> {
    const global = principal.countries.includes('*');
    const countries = country ? [country] : global ? undefined : principal.countries;
    const filters = countries ? [{ hostCountry: countries }, { countryOfOrigin: countries }] : [{}];
    const found = new Map<string, Stored<CaseListItem>>();
    for (const filter of filters) {
      for (const doc of await this.infra.readModels.find<CaseListItem>(CASE_LIST, filter, { sort: '-openedAt', limit: skip + limit })) found.set(doc._id, doc);
    }
    return [...found.values()]
      .sort((a, b) => b.openedAt.localeCompare(a.openedAt))
      .slice(skip, skip + limit)
      .map(({ _id, _position, ...item }) => item);
  }
}
