import type { Page } from '@homeward/platform';
import type { ProviderView } from '../directory/directory-view';
import type { ProviderRegistration } from '../directory/provider-writes.http.controller';
import type { StaffReferralView } from '../referral-detail/referral-detail.query';
import type { EmergencyExceptionItem } from '../emergency-exceptions/emergency-exceptions.projection';
import type { EscalationItem } from '../escalation/escalations.projection';
import type { ReferralCommandResult } from '../referral-commands/referral-commands';
import type { ProviderReferralView } from '../referral-lists/provider-view';
import type { ReferralListItem } from '../referral-lists/referral-list.projection';
import type { SafetyPlansView } from '../safety-planning/safety-plans.query';
import type { UnmetNeedItem } from '../unmet-needs/unmet-needs.projection';
import type { UnmetNeedsReportView } from '../unmet-needs-report/unmet-needs-report.query';

/*
 * The body of each successful answer of referrals, under the name its OpenAPI schema has: the types
 * the controllers return, turned into JSON Schema by `npm run openapi:responses` (response-schemas.json,
 * checked to be up to date by tools/openapi/response-schemas.spec). Add the type here when an answer changes shape.
 * The unmet-needs report also answers text/csv: that schema is declared on its operation.
 */
export type ReferralWritten = ReferralCommandResult;
export type ReferralRequested = ReferralCommandResult & { referralId: string };
export type ReferralListPage = Page<ReferralListItem>;
export type ProviderInboxPage = Page<ProviderReferralView>;
export type ReferralDetail = StaffReferralView;
// ProviderReferralView: its own name already, listed by the page above and answered alone by GET /referrals/:caseId/:referralId.
export type ProviderRegistered = ProviderRegistration;
export type DirectoryProvider = ProviderView;
export type DirectoryPage = Page<ProviderView>;
export type EscalationsPage = Page<EscalationItem>;
export type EmergencyExceptionsPage = Page<EmergencyExceptionItem>;
export type UnmetNeedWritten = ReferralCommandResult & { unmetNeedId: string };
export type SafetyPlanWritten = ReferralCommandResult & { safetyPlanId: string };
export type RelocationWritten = ReferralCommandResult & { relocationId: string };
export type UnmetNeedPage = Page<UnmetNeedItem>;
export type UnmetNeedsReport = UnmetNeedsReportView;
export type SafetyPlansOfCase = SafetyPlansView;
