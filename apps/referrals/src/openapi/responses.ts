import type { Page } from '@homeward/platform';
import type { EmergencyExceptionItem } from '../emergency-exceptions/emergency-exceptions.projection';
import type { EscalationItem } from '../escalation/escalations.projection';
import type { ReferralCommandResult } from '../referral-commands/referral-commands';

/*
 * The body of each successful answer of referrals, under the name its OpenAPI schema has: the types
 * the controllers return, turned into JSON Schema by `npm run openapi:responses` (response-schemas.json,
 * checked to be up to date by tools/openapi/response-schemas.spec). Add the type here when an answer changes shape.
 */
export type ReferralWritten = ReferralCommandResult;
export type EscalationsPage = Page<EscalationItem>;
export type EmergencyExceptionsPage = Page<EmergencyExceptionItem>;
