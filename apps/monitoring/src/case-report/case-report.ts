// The mid-term and final monitoring reports (issue 14, 6): their controller, reader and read model, for monitoring.module.ts to wire.
import { referralsContract } from '@homeward/contracts/referrals';
import { consumedPart, type ContextContract, type Projection } from '@homeward/events';
import { referralsForAggregates } from '../me-aggregates/me-aggregates';
import { CaseReportController } from './case-report.http.controller';
import { caseReportProjection } from './case-report.projection';
import { CaseReportReader } from './case-report.reader';

export const caseReportControllers = [CaseReportController];
export const caseReportProviders = [CaseReportReader];
export const caseReportProjections: Projection[] = [caseReportProjection as Projection];
/**
 * What monitoring learns from referrals' topic: the report's referral steps, and the unmet needs the
 * M&E aggregates count (issue 14.8); nothing else of that context.
 */
export const referralsForReports: ContextContract = consumedPart(referralsContract, [
  ...caseReportProjection.handles.filter((type) => type.startsWith('referrals.')),
  ...referralsForAggregates,
]);
