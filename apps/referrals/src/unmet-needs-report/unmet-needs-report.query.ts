import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { SMALL_COUNT_THRESHOLD, unmetNeedsReport, type UnmetNeedFact, type UnmetNeedsReportRow } from '@homeward/domain';
import { INFRASTRUCTURE, type Infrastructure, type Principal } from '@homeward/platform';
import { countriesRead } from '../referral-scope';
import { UNMET_NEEDS, type UnmetNeedItem } from '../unmet-needs/unmet-needs.projection';

export class UnmetNeedsReportQuery {
  constructor(
    readonly principal: Principal,
    readonly country?: string,
  ) {}
}

/** Unmet needs by country, area and service type, for advocacy: counts only, those under the threshold withheld (null). */
export interface UnmetNeedsReportView {
  /** The country asked, or null for all the caller's countries. */
  country: string | null;
  /** Counts from 1 to this minus one are withheld. */
  threshold: number;
  rows: UnmetNeedsReportRow[];
}

/** How many needs one read takes: the report reads a country's whole list, a page at a time. */
const BATCH = 1000;

/** The report of the caller's countries (or the one asked), from the unmet-needs read model, suppressed by the domain's rule. */
@QueryHandler(UnmetNeedsReportQuery)
export class UnmetNeedsReportHandler implements IQueryHandler<UnmetNeedsReportQuery, UnmetNeedsReportView> {
  constructor(@Inject(INFRASTRUCTURE) private readonly infra: Infrastructure) {}

  async execute({ principal, country }: UnmetNeedsReportQuery): Promise<UnmetNeedsReportView> {
    const countries = countriesRead(principal, country);
    const filter = countries ? { country: countries } : {};
    const facts: UnmetNeedFact[] = [];
    for (let skip = 0; ; skip += BATCH) {
      const page = await this.infra.readModels.find<UnmetNeedItem>(UNMET_NEEDS, filter, { sort: 'recordedAt', skip, limit: BATCH });
      // Only what the report counts is taken from each need: no case id goes further.
      facts.push(...page.map(({ country, area, serviceType, status }) => ({ country, serviceType, status, ...(area ? { area } : {}) })));
      if (page.length < BATCH) break;
    }
    return { country: country ?? null, threshold: SMALL_COUNT_THRESHOLD, rows: unmetNeedsReport(facts) };
  }
}
