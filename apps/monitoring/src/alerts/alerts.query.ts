import { Inject, Injectable } from '@nestjs/common';
import { INFRASTRUCTURE, type Infrastructure, type Page, type Principal } from '@homeward/platform';
import type { Stored } from '@homeward/events';
import { OVERDUE_FOLLOW_UPS, type OverdueFollowUp } from './overdue-follow-ups.projection';
import { REPORTS_DUE, type CaseReportsDue } from './reports-due.projection';

/** The countries a list reads: the one asked (checked in scope by the controller), else the caller's; none named for a caller of every country. */
const countriesRead = (principal: Principal, country?: string): string[] | undefined => (country ? [country] : principal.countries.includes('*') ? undefined : principal.countries);

const bare = <T extends object>({ _id, _position, ...doc }: Stored<T>): T => doc as unknown as T;

/** The alert lists of a caller's countries, each query through an index its projection declares. */
@Injectable()
export class AlertLists {
  constructor(@Inject(INFRASTRUCTURE) private readonly infra: Infrastructure) {}

  async overdueFollowUps(principal: Principal, country: string | undefined, { limit, offset }: { limit: number; offset: number }): Promise<Page<OverdueFollowUp>> {
    const countries = countriesRead(principal, country);
    const filter = countries ? { country: countries } : {};
    const [found, total] = await Promise.all([
      this.infra.readModels.find<OverdueFollowUp>(OVERDUE_FOLLOW_UPS, filter, { sort: 'dueOn', skip: offset, limit }),
      this.infra.readModels.count(OVERDUE_FOLLOW_UPS, filter),
    ]);
    return { items: found.map(bare), total, limit, offset };
  }

  async reportsDue(principal: Principal, country: string | undefined, { limit, offset }: { limit: number; offset: number }): Promise<Page<CaseReportsDue>> {
    const countries = countriesRead(principal, country);
    const filter = { status: 'open', ...(countries ? { country: countries } : {}) };
    const [found, total] = await Promise.all([
      this.infra.readModels.find<CaseReportsDue>(REPORTS_DUE, filter, { sort: 'firstDueOn', skip: offset, limit }),
      this.infra.readModels.count(REPORTS_DUE, filter),
    ]);
    return { items: found.map(bare), total, limit, offset };
  }
}
