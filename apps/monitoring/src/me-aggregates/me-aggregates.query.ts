import { Inject, Injectable } from '@nestjs/common';
import { FOLLOW_UP_KINDS, PROVISIONAL_RSS_TABLE } from '@homeward/contracts/monitoring';
import { deadlineRow, rssAveragesOf, SMALL_COUNT_THRESHOLD, timeToPlanRow, withheldParts } from '@homeward/domain';
import type { Stored } from '@homeward/events';
import { INFRASTRUCTURE, type Infrastructure, type Principal } from '@homeward/platform';
import { OVERDUE_FOLLOW_UPS } from '../alerts/overdue-follow-ups.projection';
import { ME_CASELOAD, type CaseloadCounts } from './caseload.projection';
import type { AggregateView, CaseloadRow, OverdueRow, PlanDeadlineRow, RssAveragesView, TimeToPlanRow, UnmetNeedsView } from './me-aggregates.views';
import { ME_PLAN_TIMELINESS, type PlanTimelinessDocument } from './plan-timeliness.projection';
import { ME_RSS_SUMS, type RssSumsDocument } from './rss-sums.projection';
import { ME_UNMET_NEEDS, type UnmetNeedCountsDocument } from './unmet-need-counts.projection';

/** What an aggregate is asked for: the caller, the country (checked in scope by the controller), and months from and to (inclusive). */
export interface AggregateQuery {
  principal: Principal;
  country?: string;
  from?: string;
  to?: string;
}

/** The countries read: the one asked, else the caller's; none named for a caller of every country. */
const countriesRead = ({ principal, country }: AggregateQuery): string[] | undefined => (country ? [country] : principal.countries.includes('*') ? undefined : principal.countries);

/** Whether a month ("2027-03") or a quarter ("2027-Q1", its three months) falls in the months asked. */
function inPeriod({ from, to }: AggregateQuery, period: string): boolean {
  const quarter = /^(\d{4})-Q([1-4])$/.exec(period);
  const [first, last] = quarter ? [`${quarter[1]}-${String(Number(quarter[2]) * 3 - 2).padStart(2, '0')}`, `${quarter[1]}-${String(Number(quarter[2]) * 3).padStart(2, '0')}`] : [period, period];
  return (!from || last >= from) && (!to || first <= to);
}

const byCountryThenPeriod = <R extends { country: string; month?: string; period?: string }>(a: R, b: R) =>
  a.country.localeCompare(b.country) || (a.month ?? a.period ?? '').localeCompare(b.month ?? b.period ?? '');

/**
 * The M&E aggregates of a caller's countries, each from documents of counts a projection keeps per
 * country (or country and quarter), read through their declared indexes: a handful of documents
 * however many cases, and no case leaves this class.
 */
@Injectable()
export class MeAggregates {
  constructor(@Inject(INFRASTRUCTURE) private readonly infra: Infrastructure) {}

  async caseload(query: AggregateQuery): Promise<AggregateView<CaseloadRow>> {
    const docs = await this.perCountry<CaseloadCounts>(ME_CASELOAD, query);
    const rows = docs.map(({ country, followed, closed }) => ({ country, ...withheldParts({ open: Math.max(0, followed - closed), closed }) }));
    return this.view(query, rows.sort(byCountryThenPeriod));
  }

  async overdueFollowUps(query: AggregateQuery): Promise<AggregateView<OverdueRow>> {
    // The countries monitoring follows cases in (the caseload's documents), or the caller's.
    const countries = countriesRead(query) ?? (await this.perCountry<CaseloadCounts>(ME_CASELOAD, query)).map((d) => d.country);
    const rows = await Promise.all(
      countries.map(async (country) => {
        const counts = await Promise.all(FOLLOW_UP_KINDS.map((kind) => this.infra.readModels.count(OVERDUE_FOLLOW_UPS, { country, kind })));
        return { country, ...withheldParts(Object.fromEntries(FOLLOW_UP_KINDS.map((k, i) => [k, counts[i]])) as Record<(typeof FOLLOW_UP_KINDS)[number], number>) };
      }),
    );
    return this.view(query, rows.sort(byCountryThenPeriod));
  }

  async rssAverages(query: AggregateQuery): Promise<RssAveragesView> {
    const countries = countriesRead(query);
    const docs = await this.infra.readModels.find<RssSumsDocument>(ME_RSS_SUMS, countries ? { country: countries } : {}, { sort: 'period' });
    const rows = docs
      .filter((d) => inPeriod(query, d.period))
      .map(({ country, period, tableVersion, provisional, surveys, sums }) => ({ country, period, tableVersion, provisional, ...rssAveragesOf({ surveys, sums }) }))
      .sort((a, b) => byCountryThenPeriod(a, b) || a.tableVersion.localeCompare(b.tableVersion));
    const provisional = rows.some((r) => r.provisional);
    return { ...this.view(query, rows), provisional, ...(provisional ? { notice: PROVISIONAL_RSS_TABLE.notice } : {}) };
  }

  async planDeadline(query: AggregateQuery): Promise<AggregateView<PlanDeadlineRow>> {
    const docs = await this.perCountry<PlanTimelinessDocument>(ME_PLAN_TIMELINESS, query);
    const rows = docs.flatMap(({ country, dueMonths }) => Object.entries(dueMonths).filter(([month]) => inPeriod(query, month)).map(([month, counts]) => ({ country, month, ...deadlineRow(counts) })));
    return this.view(query, rows.sort(byCountryThenPeriod));
  }

  async timeToPlan(query: AggregateQuery): Promise<AggregateView<TimeToPlanRow>> {
    const docs = await this.perCountry<PlanTimelinessDocument>(ME_PLAN_TIMELINESS, query);
    const rows = docs.flatMap(({ country, approvalMonths }) => Object.entries(approvalMonths).filter(([month]) => inPeriod(query, month)).map(([month, days]) => ({ country, month, ...timeToPlanRow(days) })));
    return this.view(query, rows.sort(byCountryThenPeriod));
  }

  async unmetNeeds(query: AggregateQuery): Promise<UnmetNeedsView> {
    const docs = (await this.perCountry<UnmetNeedCountsDocument>(ME_UNMET_NEEDS, query)).sort(byCountryThenPeriod);
    const rows = docs.flatMap(({ country, recorded }) =>
      Object.values(recorded)
        .filter((c) => inPeriod(query, c.month))
        .map(({ month, serviceType, recorded: n }) => ({ country, month, serviceType, recorded: withheldParts({ recorded: n }).total })),
    );
    // All months together (met and closed name no month of recording): the same complementary rule as the caseload's.
    const standing = docs.map(({ country, recorded, met, closed }) => {
      const all = Object.values(recorded).reduce((sum, c) => sum + c.recorded, 0);
      const { total, ...parts } = withheldParts({ open: Math.max(0, all - met - closed), met, closed });
      return { country, recorded: total, ...parts };
    });
    return { ...this.view(query, rows.sort((a, b) => byCountryThenPeriod(a, b) || a.serviceType.localeCompare(b.serviceType))), standing };
  }

  /** One document per country, for the countries read (through the `country` index), or all of them. */
  private perCountry<D extends object>(collection: string, query: AggregateQuery): Promise<Array<Stored<D>>> {
    const countries = countriesRead(query);
    return this.infra.readModels.find<D>(collection, countries ? { country: countries } : {});
  }

  private view<Row>(query: AggregateQuery, rows: Row[]): AggregateView<Row> {
    return { country: query.country ?? null, threshold: SMALL_COUNT_THRESHOLD, rows };
  }
}
