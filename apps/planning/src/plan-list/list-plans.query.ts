import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { PlanStatus } from '@homeward/domain';
import { INFRASTRUCTURE, type Infrastructure, type Page, type Principal } from '@homeward/platform';
import { byCountry, countriesRead } from '../plan-scope';
import { PLAN_LIST, type PlanListDocument, type PlanListItem } from './plan-list.projection';

export class ListPlansQuery {
  constructor(
    readonly principal: Principal,
    readonly filters: { status?: PlanStatus; country?: string },
    readonly page: { limit: number; offset: number },
  ) {}
}

export type PlanListPage = Page<PlanListItem>;

/** The plans of the caller's countries (or the one asked), at one stage if asked, the last changed first. */
@QueryHandler(ListPlansQuery)
export class ListPlansHandler implements IQueryHandler<ListPlansQuery, PlanListPage> {
  constructor(@Inject(INFRASTRUCTURE) private readonly infra: Infrastructure) {}

  async execute({ principal, filters, page: { limit, offset } }: ListPlansQuery): Promise<PlanListPage> {
    const filter = { ...byCountry(countriesRead(principal, filters.country)), ...(filters.status ? { status: filters.status } : {}) };
    const [found, total] = await Promise.all([
      this.infra.readModels.find<PlanListDocument>(PLAN_LIST, filter, { sort: '-lastChangedAt', skip: offset, limit }),
      this.infra.readModels.count(PLAN_LIST, filter),
    ]);
    return { items: found.map(({ _id, _position, basis, ...item }) => item), total, limit, offset };
  }
}
