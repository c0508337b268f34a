import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { INFRASTRUCTURE, type Infrastructure, type Page, type Principal } from '@homeward/platform';
import { countriesRead } from '../referral-scope';
import { UNMET_NEEDS, type UnmetNeedItem } from './unmet-needs.projection';

export class ListUnmetNeedsQuery {
  constructor(
    readonly principal: Principal,
    readonly filters: { country?: string; status?: UnmetNeedItem['status'] },
    readonly page: { limit: number; offset: number },
  ) {}
}

export type UnmetNeedsListPage = Page<UnmetNeedItem>;

/** The unmet needs of the caller's countries (or the one asked), at one status if asked, the latest first. */
@QueryHandler(ListUnmetNeedsQuery)
export class ListUnmetNeedsHandler implements IQueryHandler<ListUnmetNeedsQuery, UnmetNeedsListPage> {
  constructor(@Inject(INFRASTRUCTURE) private readonly infra: Infrastructure) {}

  async execute({ principal, filters, page: { limit, offset } }: ListUnmetNeedsQuery): Promise<UnmetNeedsListPage> {
    const countries = countriesRead(principal, filters.country);
    const filter = { ...(countries ? { country: countries } : {}), ...(filters.status ? { status: filters.status } : {}) };
    const [found, total] = await Promise.all([
      this.infra.readModels.find<UnmetNeedItem>(UNMET_NEEDS, filter, { sort: '-recordedAt', skip: offset, limit }),
      this.infra.readModels.count(UNMET_NEEDS, filter),
    ]);
    return { items: found.map(({ _id, _position, ...item }) => item), total, limit, offset };
  }
}
