import type { Page } from '@homeward/platform';
import type { ProviderView } from '../directory/directory-view';
import type { ProviderRegistration } from '../directory/provider-writes.http.controller';
import type { StaffReferralView } from '../referral-detail/referral-detail.query';
import type { EmergencyExceptionItem } from '../emergency-exceptions/emergency-exceptions.projection';
import type { EscalationItem } from '../escalation/escalations.projection';
import type { ReferralCommandResult } from '../referral-commands/referral-commands';
import type { ProviderReferralView } from '../referral-lists/provider-view';
import type { ReferralListItem } from '../referral-lists/referral-list.projection';
import type { UnmetNeedsReportRow } from '@homeward/domain';
import type { PlanElementType } from '@homeward/contracts/planning';
import { SERVICE_TYPES, type ReferralSourceKind, type UnmetNeedClosureReason } from '@homeward/contracts/referrals';
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
export type UnmetNeedPage = Page<UnmetNeed>;

/** An unmet need as the list answers it: UnmetNeedItem, written out for the generator (which cannot read ServiceType); checked below. */
export interface UnmetNeed {
  unmetNeedId: string;
  caseId: string;
  serviceType: ServiceTypeCode;
  country: string;
  area?: string;
  source: ReferralSourceKind;
  sourceId?: string;
  status: 'open' | 'met' | 'closed';
  recordedOn: string;
  recordedAt: string;
  metOn?: string;
  referralId?: string;
  closedAt?: string;
  closureReason?: UnmetNeedClosureReason;
}
export type UnmetNeedsReport = {
  country: string | null;
  threshold: number;
  rows: UnmetNeedsReportLine[];
};
/** A row of the report (UnmetNeedsReportRow, written out for the generator): null is a count withheld. */
export interface UnmetNeedsReportLine {
  country: string;
  area: string | null;
  serviceType: ServiceTypeCode;
  recorded: number | null;
  open: number | null;
  met: number | null;
  closed: number | null;
}
export type SafetyPlansOfCase = SafetyPlansView;

/**
 * The service types as the schema generator can read them: it cannot follow the spread of the plan's
 * element types in SERVICE_TYPES. The list below fails to compile if the contract adds one it lacks.
 */
type ServiceTypeCode = PlanElementType | 'emergency_health' | 'mental_health' | 'shelter' | 'legal_aid';
export const DESCRIBED_SERVICE_TYPES: readonly ServiceTypeCode[] = SERVICE_TYPES;
/** Fails to compile if the read model's item and the answer described drift apart. */
export const describedUnmetNeed = (item: UnmetNeedItem): UnmetNeed => item;
export const listedUnmetNeed = (answer: UnmetNeed): Omit<UnmetNeedItem, 'serviceType'> => answer;
export const describedReport = (report: UnmetNeedsReportView): UnmetNeedsReport => report;
export const reportedRow = (line: UnmetNeedsReportLine): Omit<UnmetNeedsReportRow, 'serviceType'> => line;
