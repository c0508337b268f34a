import type { Role } from '@homeward/events';
import { WriteEndpoint } from '@homeward/platform';
import { answer, type ReferralsAnswer } from '../openapi/answer';

type Writer = Extract<Role, 'case_manager' | 'supervisor' | 'service_provider'>;

interface ReferralWriteOptions {
  /** Case managers and supervisors of the office holding the case; some steps are the provider's too. */
  roles?: Writer[];
  answers?: ReferralsAnswer;
}

/**
 * A step of a case's referral. Every answer but the success comes from the access checks and the
 * decider, so it is declared here once: auditors and data analysts write nothing (403).
 */
export const ReferralWrite = (path: string, done: string, { roles = ['case_manager', 'supervisor'], answers = 'ReferralWritten' }: ReferralWriteOptions = {}) =>
  WriteEndpoint(
    path,
    {
      badRequest: 'INVALID_INPUT naming the fields, or a rule about them (FACT_IN_FUTURE…)',
      forbidden: 'ROLE_NOT_ALLOWED, or NOT_CASE_OFFICE: another office holds the case',
      notFound: 'CASE_NOT_FOUND (unknown, or outside your countries), REFERRAL_NOT_FOUND (for a provider: not addressed to its organisation), PROVIDER_NOT_FOUND',
      conflict: 'The referral is not in a state that allows it (the code says why: REFERRAL_CONSENT_MISSING, REFERRAL_ON_HOLD, PROVIDER_SUSPENDED…), or it changed meanwhile',
      unprocessable: 'SERVICE_NOT_OFFERED: the provider does not offer this type of service',
    },
    { roles, success: { description: `${done}; the case's referrals stream version and the events appended`, schema: answer(answers) } },
  );
