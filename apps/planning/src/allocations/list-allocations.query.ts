import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { INFRASTRUCTURE, type Infrastructure, type Page, type Principal } from '@homeward/platform';
import { byCountry, countriesRead } from '../plan-scope';
import { ALLOCATIONS, type AllocationItem } from './allocations.projection';

export class ListAllocationsQuery {
  constructor(
    readonly principal: Principal,
    readonly filters: { country?: string; awaitingApproval: boolean },
    readonly page: { limit: number; offset: number },
  ) {}
}

export type AllocationsPage = Page<AllocationItem>;

/** The allocations of the caller's countries: those awaiting approval the longest waiting first, otherwise the latest decided first. */
@QueryHandler(ListAllocationsQuery)
export class ListAllocationsHandler implements IQueryHandler<ListAllocationsQuery, AllocationsPage> {
  constructor(@Inject(INFRASTRUCTURE) private readonly infra: Infrastructure) {}

  async execute({ principal, filters, page: { limit, offset } }: ListAllocationsQuery): Promise<AllocationsPage> {
    const filter = { ...(filters.awaitingApproval ? { status: 'awaiting_approval' } : {}), ...byCountry(countriesRead(principal, filters.country)) };
    const [found, total] = await Promise.all([
      this.infra.readModels.find<AllocationItem>(ALLOCATIONS, filter, { sort: filters.awaitingApproval ? 'decidedAt' : '-decidedAt', skip: offset, limit }),
      this.infra.readModels.count(ALLOCATIONS, filter),
    ]);
    return { items: found.map(({ _id, _position, ...item }) => item), total, limit, offset };
  }
}
