import type { ConsentAnswer, ConsentRecord } from '@homeward/domain';
import type { Page } from '@homeward/platform';
import type { CaseCommandResult } from '../case-commands/case-commands';
import type { CaseFileView } from '../case-file/case-access';
import type { HistoryEvent } from '../case-history/case-history.query';
import type { IndividualFactorsView } from '../case-file/individual-factors.query';
import type { CaseloadItem } from '../caseload/caseload.query';
import type { ReturneeMatch } from '../returnee-search/search-returnees.query';
import type { ScreeningResult } from '../screen-vulnerability/screen-vulnerability.http.controller';
import type { Disclosed } from '../share-case-data/share-case-data.http.controller';
import type { UrgentCaseItem } from '../urgent-cases/urgent-cases.query';

/*
 * The body of each successful answer of intake, under the name its OpenAPI schema has: the types
 * the controllers return, turned into JSON Schema by `npm run openapi:responses` (response-schemas.json,
 * checked to be up to date by tools/openapi/response-schemas.spec). Add the type here when an answer changes shape.
 */
export type CaseWritten = CaseCommandResult;
export type ReturneeRegistered = CaseCommandResult & { returneeId: string };
export type SessionScheduled = CaseCommandResult & { sessionId: string };
export type SessionContinuedLater = CaseCommandResult & { nextSessionId: string };
export type ConsentRecorded = CaseCommandResult & { consentId: string };
export type FamilyMemberJoined = CaseCommandResult & { memberId: string };
export type VulnerabilityScreened = ScreeningResult;
export type CaseDataShared = Disclosed;
export type CaseFile = CaseFileView;
export type IndividualFactors = IndividualFactorsView;
export type CaseHistory = HistoryEvent[];
export type CaseConsents = ConsentRecord[];
export type CaseloadPage = Page<CaseloadItem>;
export type UrgentCases = UrgentCaseItem[];
export type ConsentCheck = ConsentAnswer;
export type ReturneeMatches = ReturneeMatch[];
