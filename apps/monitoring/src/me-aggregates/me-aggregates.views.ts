import type { RssScoreName } from '@homeward/contracts/monitoring';
import type { ServiceType } from '@homeward/contracts/referrals';

/*
 * The M&E aggregates as the API answers them (issue 14.8): counts and figures per country and period,
 * never a case or a person. `null` is a count from 1 to 4, or one the others of its row would give
 * away, withheld (CSV: "<5"); figures over fewer than 5 cases are withheld the same way.
 */

export type CaseloadRow = { country: string; total: number | null; open: number | null; closed: number | null };
export type OverdueRow = { country: string; total: number | null; meeting: number | null; rss_survey: number | null };
export type RssAverageRow = { country: string; period: string; tableVersion: string; provisional: boolean; surveys: number | null } & Record<RssScoreName, number | null>;
export type PlanDeadlineRow = { country: string; month: string; due: number | null; onTime: number | null; late: number | null; notApproved: number | null; derogated: number | null; onTimeRate: number | null };
export type TimeToPlanRow = { country: string; month: string; plans: number | null; medianDays: number | null; p90Days: number | null };
export type UnmetNeedCountRow = { country: string; month: string; serviceType: ServiceType; recorded: number | null };
/** Where a country's needs stand now, all months together. */
export type UnmetNeedStandingRow = { country: string; recorded: number | null; open: number | null; met: number | null; closed: number | null };

export interface AggregateView<Row> {
  /** The country asked, or null for all the caller's countries. */
  country: string | null;
  /** Counts from 1 to this minus one are withheld. */
  threshold: number;
  rows: Row[];
}

/** Unmet needs recorded per month and service type (the rows, and the CSV), and where each country's stand now. */
export type UnmetNeedsView = AggregateView<UnmetNeedCountRow> & { standing: UnmetNeedStandingRow[] };

/** RSS averages say which rows come from a provisional table, and what that means (issue 14.3). */
export type RssAveragesView = AggregateView<RssAverageRow> & { provisional: boolean; notice?: { en: string; fr: string } };
