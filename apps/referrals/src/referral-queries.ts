import type { Type } from '@nestjs/common';
import type { Projection } from '@homeward/events';
import { directoryProjection } from './directory/directory.projection';
import { caseHoldersProjection } from './case-holders/case-holders.projection';
import { SafetyPlanningController } from './safety-planning/safety-planning.http.controller';
import { safetyPlansProjection } from './safety-planning/safety-plans.projection';
import { SafetyPlansHandler } from './safety-planning/safety-plans.query';
import { ListUnmetNeedsHandler } from './unmet-needs/list-unmet-needs.query';
import { UnmetNeedsController } from './unmet-needs/unmet-needs.http.controller';
import { unmetNeedsProjection } from './unmet-needs/unmet-needs.projection';
import { UnmetNeedsReportController } from './unmet-needs-report/unmet-needs-report.http.controller';
import { UnmetNeedsReportHandler } from './unmet-needs-report/unmet-needs-report.query';

/** The read side of referrals: each read model, and the controllers and query handlers that answer from it. */
export const referralProjections: Projection[] = [directoryProjection as Projection, caseHoldersProjection as Projection, unmetNeedsProjection as Projection, safetyPlansProjection as Projection];
export const referralQueryControllers: Type[] = [UnmetNeedsController, UnmetNeedsReportController, SafetyPlanningController];
export const referralQueryHandlers: Type[] = [ListUnmetNeedsHandler, UnmetNeedsReportHandler, SafetyPlansHandler];
