// The mid-term and final monitoring reports (issue 14, 6): their controller, reader and read model, for monitoring.module.ts to wire.
import { planningContract } from '@homeward/contracts/planning';
import { referralsContract } from '@homeward/contracts/referrals';
import type { ContextContract } from '@homeward/events/catalogue';
import type { Projection } from '@homeward/events';
import { CaseReportController } from './case-report.http.controller';
import { caseReportProjection } from './case-report.projection';
import { CaseReportReader } from './case-report.reader';

export const caseReportControllers = [CaseReportController];
export const caseReportProviders = [CaseReportReader];
export const caseReportProjections: Projection[] = [caseReportProjection as Projection];
/** What the report learns from other contexts: plan versions from planning's topic, referrals from referrals'. */
export const caseReportConsumes: ContextContract[] = [planningContract, referralsContract];
