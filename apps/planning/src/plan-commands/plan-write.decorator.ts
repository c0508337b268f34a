import type { Role } from '@homeward/events';
import { WriteEndpoint } from '@homeward/platform';
import { answer, type PlanningAnswer } from '../openapi/answer';

type Writer = Extract<Role, 'case_manager' | 'supervisor'>;

interface PlanWriteOptions {
  /** Case managers of the office holding the plan, and its supervisors; some acts are a supervisor's alone. */
  roles?: Writer[];
  /** The schema of the success when the write returns more than PlanWritten (the id it made). */
  answers?: PlanningAnswer;
  /** PUT: the whole of something as it now is (the draft, the inputs), answered 200. */
  method?: 'POST' | 'PUT';
  /** The rules of the handbook a complete request can still break (422), where the command has some. */
  unprocessable?: string;
}

/**
 * A change to a case's plan. Every answer but the success comes from PlanCommands and the decider,
 * so it is declared here once: auditors, service providers and data analysts write nothing (403).
 */
export const PlanWrite = (path: string, done: string, { roles = ['case_manager', 'supervisor'], answers = 'PlanWritten', method = 'POST', unprocessable }: PlanWriteOptions = {}) =>
  WriteEndpoint(
    path,
    {
      badRequest: 'INVALID_INPUT naming the fields, or a rule of the plan about them (OUT_OF_RANGE, FACT_IN_FUTURE…)',
      forbidden: 'A role that cannot write this (ROLE_NOT_ALLOWED)',
      notFound: 'PLAN_NOT_FOUND: no arrival recorded for the case, or the case is outside your countries; or what the path names',
      conflict: 'The plan is not in a state that allows it (the code says why: PLAN_ENDED, PLAN_ALREADY_APPROVED…), or it changed meanwhile',
      unprocessable,
    },
    { roles, method, success: { description: `${done}; the plan's new stream version and the events appended`, schema: answer(answers) } },
  );
