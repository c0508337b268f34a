import type { Type } from '@nestjs/common';
import type { Projection } from '@homeward/events';
import { caseDetailsProjection } from './case-details/case-details.projection';
import { CaseDetailsReader } from './case-details/case-details.reader';
import { DirectoryController } from './directory/directory.http.controller';
import { directoryProjection } from './directory/directory.projection';
import { GetProviderHandler } from './directory/get-provider.query';
import { SearchDirectoryHandler } from './directory/search-directory.query';
import { caseReferralsProjection } from './referral-detail/case-referrals.projection';
import { ReferralDetailController } from './referral-detail/referral-detail.http.controller';
import { ReferralDetailReader } from './referral-detail/referral-detail.query';
import { referralListProjection } from './referral-lists/referral-list.projection';
import { ReferralListsController } from './referral-lists/referral-lists.http.controller';
import { ReferralLists } from './referral-lists/referral-lists.query';
import { ReferralPdfController } from './referral-pdf/referral-pdf.http.controller';
import { EmergencyExceptionsController } from './emergency-exceptions/emergency-exceptions.http.controller';
import { emergencyExceptionsProjection } from './emergency-exceptions/emergency-exceptions.projection';
import { ListEmergencyExceptionsHandler } from './emergency-exceptions/emergency-exceptions.query';
import { acknowledgementsDueProjection } from './escalation/acknowledgements-due.projection';
import { EscalationsController } from './escalation/escalations.http.controller';
import { escalationsProjection } from './escalation/escalations.projection';
import { ListEscalationsHandler } from './escalation/escalations.query';
import { SafetyPlanningController } from './safety-planning/safety-planning.http.controller';
import { safetyPlansProjection } from './safety-planning/safety-plans.projection';
import { SafetyPlansHandler } from './safety-planning/safety-plans.query';
import { ListUnmetNeedsHandler } from './unmet-needs/list-unmet-needs.query';
import { UnmetNeedsController } from './unmet-needs/unmet-needs.http.controller';
import { unmetNeedsProjection } from './unmet-needs/unmet-needs.projection';
import { UnmetNeedsReportController } from './unmet-needs-report/unmet-needs-report.http.controller';
import { UnmetNeedsReportHandler } from './unmet-needs-report/unmet-needs-report.query';

/** The read side of referrals: each read model, and the controllers and query handlers that answer from it. */
export const referralProjections: Projection[] = [
  directoryProjection as Projection,
  caseDetailsProjection as Projection,
  referralListProjection as Projection,
  caseReferralsProjection as Projection,
  // The escalation deadline's to-do list.
  acknowledgementsDueProjection as Projection,
  escalationsProjection as Projection,
  emergencyExceptionsProjection as Projection,
  unmetNeedsProjection as Projection,
  safetyPlansProjection as Projection,
];
// The lists first: `/referrals/needs-attention` and `/referrals/escalations` are matched before `/referrals/:caseId/:referralId`'s kin.
export const referralQueryControllers: Type[] = [
  ReferralListsController,
  EscalationsController,
  EmergencyExceptionsController,
  ReferralDetailController,
  ReferralPdfController,
  DirectoryController,
  UnmetNeedsController,
  UnmetNeedsReportController,
  SafetyPlanningController,
];
export const referralQueryHandlers: Type[] = [
  ReferralLists,
  ReferralDetailReader,
  CaseDetailsReader,
  SearchDirectoryHandler,
  GetProviderHandler,
  ListEscalationsHandler,
  ListEmergencyExceptionsHandler,
  ListUnmetNeedsHandler,
  UnmetNeedsReportHandler,
  SafetyPlansHandler,
];
