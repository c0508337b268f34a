import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { ReadModelStore } from '@homeward/events';
import { COUNTRY_CODES, INFRASTRUCTURE, OFFICE_CALENDAR, type Infrastructure, type OfficeCalendar, type Page, type Principal } from '@homeward/platform';
import { byCountry, countriesRead } from '../plan-scope';
import { dayAfter, daysBetween } from './calendar-days';
import { DUE_PLANS, type DuePlan, type DuePlanDocument } from './due-plans.projection';

export class DuePlansQuery {
  constructor(
    readonly principal: Principal,
    readonly filters: { country?: string; overdue?: boolean },
    readonly page: { limit: number; offset: number },
  ) {}
}

/** A plan whose clock runs, and whether it is late today in the office that holds it. */
export type DuePlanItem = DuePlan & { overdue: boolean };
export type DuePlansPage = Page<DuePlanItem>;

/**
 * The plans of the caller's countries whose clock runs, the nearest deadline first; only the late
 * ones, or only those still in time, if asked. "Late" is judged now, by the calendar day of each
 * plan's office: offices in different time zones may be on different days, so countries are
 * read in groups that share a day, and the groups' pages merged.
 */
@QueryHandler(DuePlansQuery)
export class DuePlansHandler implements IQueryHandler<DuePlansQuery, DuePlansPage> {
  constructor(
    @Inject(INFRASTRUCTURE) private readonly infra: Infrastructure,
    @Inject(OFFICE_CALENDAR) private readonly calendar: OfficeCalendar,
  ) {}

  async execute({ principal, filters, page }: DuePlansQuery): Promise<DuePlansPage> {
    const countries = countriesRead(principal, filters.country);
    const { limit, offset } = page;
    if (filters.overdue === undefined) {
      const filter = byCountry(countries);
      const [found, total] = await Promise.all([
        this.infra.readModels.find<DuePlanDocument>(DUE_PLANS, filter, { sort: 'dueOn', skip: offset, limit }),
        this.infra.readModels.count(DUE_PLANS, filter),
      ]);
      return { items: found.map((doc) => this.item(doc)), total, limit, offset };
    }
    const overdue = filters.overdue;
    const groups = await Promise.all([...this.byDay(countries ?? COUNTRY_CODES)].map(([today, group]) => judged(this.infra.readModels, group, today, overdue)));
    const { docs, total } = await merged(this.infra.readModels, groups.filter((f) => f !== null), page);
    return { items: docs.map((doc) => this.item(doc)), total, limit, offset };
  }

  /** The countries by the day it is in their offices now: one group most of the time, at most three. */
  private byDay(countries: readonly string[]): Map<string, string[]> {
    const groups = new Map<string, string[]>();
    for (const country of countries) {
      const today = this.calendar.today(country);
      groups.set(today, [...(groups.get(today) ?? []), country]);
    }
    return groups;
  }

  private item({ _id, _position, overdueFrom, basis, ...plan }: DuePlanDocument & { _id?: string; _position?: number }): DuePlanItem {
    return { ...plan, overdue: overdueFrom <= this.calendar.today(plan.country) };
  }
}

/**
 * The filter of a group of countries sharing `today`: late plans are overdue from a day between the
 * earliest deadline's and today; plans in time, from tomorrow to the latest deadline's. Null when
 * no plan of the group can match.
 */
async function judged(readModels: ReadModelStore, countries: string[], today: string, overdue: boolean): Promise<Record<string, unknown> | null> {
  const [edge] = await readModels.find<DuePlanDocument>(DUE_PLANS, { country: countries }, { sort: overdue ? 'dueOn' : '-dueOn', limit: 1 });
  if (!edge) return null;
  const days = overdue ? daysBetween(edge.overdueFrom, today) : daysBetween(dayAfter(today), edge.overdueFrom);
  return days.length ? { country: countries, overdueFrom: days } : null;
}

/** One page over several filters, by deadline: each filter's first offset + limit, merged. */
async function merged(readModels: ReadModelStore, filters: Array<Record<string, unknown>>, { limit, offset }: { limit: number; offset: number }) {
  if (filters.length === 0) return { docs: [], total: 0 };
  if (filters.length === 1) {
    const [docs, total] = await Promise.all([readModels.find<DuePlanDocument>(DUE_PLANS, filters[0], { sort: 'dueOn', skip: offset, limit }), readModels.count(DUE_PLANS, filters[0])]);
    return { docs, total };
  }
  const pages = await Promise.all(filters.map((f) => Promise.all([readModels.find<DuePlanDocument>(DUE_PLANS, f, { sort: 'dueOn', limit: offset + limit }), readModels.count(DUE_PLANS, f)])));
  const docs = pages
    .flatMap(([found]) => found)
    .sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a._id.localeCompare(b._id))
    .slice(offset, offset + limit);
  return { docs, total: pages.reduce((sum, [, count]) => sum + count, 0) };
}
