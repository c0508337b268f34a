// The M&E read models and their API (issue 14.8): counts kept per country by projections, for monitoring.module.ts to wire.
import type { Projection } from '@homeward/events';
import { caseloadCountsProjection } from './caseload.projection';
import { MeAggregatesController } from './me-aggregates.http.controller';
import { MeAggregates } from './me-aggregates.query';
import { planTimelinessProjection } from './plan-timeliness.projection';
import { rssSumsProjection } from './rss-sums.projection';
import { UNMET_NEED_FACTS, unmetNeedCountsProjection } from './unmet-need-counts.projection';

export const meAggregatesControllers = [MeAggregatesController];
export const meAggregatesProviders = [MeAggregates];
export const meAggregatesProjections = [caseloadCountsProjection, rssSumsProjection, planTimelinessProjection, unmetNeedCountsProjection] as Projection[];
/** What the unmet-needs counts learn from referrals' topic, beside what the reports read of it. */
export const referralsForAggregates = UNMET_NEED_FACTS;
