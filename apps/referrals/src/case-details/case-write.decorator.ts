import type { Role } from '@homeward/events';
import { WriteEndpoint } from '@homeward/platform';
import { answer, type ReferralsAnswer } from '../openapi/answer';

interface CaseWriteOptions {
  roles?: Extract<Role, 'case_manager' | 'supervisor'>[];
  answers?: ReferralsAnswer;
  /** Who else is refused (403), beyond the roles that write nothing. */
  forbidden?: string;
  unprocessable?: string;
}

/**
 * A write about a case's referrals, needs or safety: by the office holding the case. Every answer but
 * the success comes from CaseDetailsReader and the decider, so it is declared here once.
 */
export const CaseWrite = (path: string, done: string, { roles = ['case_manager', 'supervisor'], answers = 'ReferralWritten', forbidden, unprocessable }: CaseWriteOptions = {}) =>
  WriteEndpoint(
    path,
    {
      badRequest: 'INVALID_INPUT naming the fields, or a rule about them (FACT_IN_FUTURE, SAFETY_PLAN_INCOMPLETE…)',
      forbidden: `A role that cannot write this (ROLE_NOT_ALLOWED); NOT_CASE_OFFICE: the case is held by another office${forbidden ? `; ${forbidden}` : ''}`,
      notFound: 'CASE_NOT_FOUND: no such case in your countries; or what the path names (UNMET_NEED_NOT_FOUND)',
      conflict: 'The state does not allow it (UNMET_NEED_NOT_OPEN, RETURNEE_ERASED…), or the stream changed meanwhile',
      unprocessable,
    },
    { roles, success: { description: `${done}; the stream's new version and the events appended`, schema: answer(answers) } },
  );
