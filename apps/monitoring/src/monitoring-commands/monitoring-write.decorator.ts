import type { Role } from '@homeward/events';
import { WriteEndpoint } from '@homeward/platform';
import { answer, type MonitoringAnswer } from '../openapi/answer';

type Writer = Extract<Role, 'case_manager' | 'supervisor' | 'me_officer'>;

interface MonitoringWriteOptions {
  /** Case managers and supervisors of the office holding the plan; surveys are M&E officers' too. */
  roles?: Writer[];
  answers?: MonitoringAnswer;
  /** The rules a complete request can still break (422), where the command has some. */
  unprocessable?: string;
}

/**
 * A change to a case's monitoring. Every answer but the success comes from MonitoringCommands and the
 * decider, so it is declared here once: auditors, service providers and data analysts write nothing (403).
 */
export const MonitoringWrite = (path: string, done: string, { roles = ['case_manager', 'supervisor'], answers = 'MonitoringWritten', unprocessable }: MonitoringWriteOptions = {}) =>
  WriteEndpoint(
    path,
    {
      badRequest: 'INVALID_INPUT naming the fields, or a rule about them (FOLLOW_UP_IN_PAST, RSS_ANSWER_OUT_OF_RANGE, FACT_IN_FUTURE…)',
      forbidden: 'A role that cannot write this (ROLE_NOT_ALLOWED)',
      notFound: 'MONITORING_NOT_FOUND: no approved plan is monitored for the case, or it is outside your countries; or FOLLOW_UP_NOT_FOUND, REPORT_NOT_SCHEDULED',
      conflict: 'The case is not in a state that allows it (MONITORING_CLOSED, FOLLOW_UP_NOT_PENDING, REPORT_ALREADY_ISSUED, RETURNEE_ERASED…), or it changed meanwhile',
      unprocessable,
    },
    { roles, success: { description: `${done}; the case's monitoring stream version and the events appended`, schema: answer(answers) } },
  );
