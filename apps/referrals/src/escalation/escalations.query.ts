import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { INFRASTRUCTURE, type Infrastructure, type Page, type Principal } from '@homeward/platform';
import { officesRead } from '../urgent-referrals/offices-read';
import { ESCALATIONS, type EscalationItem } from './escalations.projection';

export class ListEscalationsQuery {
  constructor(
    readonly principal: Principal,
    readonly filters: { country?: string; status: EscalationItem['status'] },
    readonly page: { limit: number; offset: number },
  ) {}
}

export type EscalationsPage = Page<EscalationItem>;

/** The escalations of the caller's offices (or the one asked), the longest overdue first. */
@QueryHandler(ListEscalationsQuery)
export class ListEscalationsHandler implements IQueryHandler<ListEscalationsQuery, EscalationsPage> {
  constructor(@Inject(INFRASTRUCTURE) private readonly infra: Infrastructure) {}

  async execute({ principal, filters, page: { limit, offset } }: ListEscalationsQuery): Promise<EscalationsPage> {
    const offices = officesRead(principal, filters.country);
    const filter = { status: filters.status, ...(offices ? { office: offices } : {}) };
    const [found, total] = await Promise.all([
      this.infra.readModels.find<EscalationItem>(ESCALATIONS, filter, { sort: 'acknowledgeBy', skip: offset, limit }),
      this.infra.readModels.count(ESCALATIONS, filter),
    ]);
    return { items: found.map(({ _id, _position, ...item }) => item), total, limit, offset };
  }
}
