import type { Role } from '@homeward/events';
import { WriteEndpoint } from '@homeward/platform';
import { answer, type IntakeAnswer } from '../openapi/answer';

type Writer = Extract<Role, 'case_manager' | 'supervisor' | 'admin'>;

/**
 * A change to an existing case: only case managers and supervisors write (some acts only one
 * of them; an admin erases), and the answers are the same everywhere because CaseCommands and the deciders give them.
 * `answers` names the schema of the 201 when the write returns more than CaseWritten (the ids it made).
 */
export const CaseWrite = (path: string, done: string, { roles = ['case_manager', 'supervisor'], answers = 'CaseWritten' }: { roles?: Writer[]; answers?: IntakeAnswer } = {}) =>
  WriteEndpoint(
    path,
    {
      badRequest: 'INVALID_INPUT naming the fields, or a broken rule about dates (FACT_IN_FUTURE, BEFORE_REGISTRATION)',
      forbidden: 'A role that cannot write, or NOT_CASE_OFFICE: another office holds the case',
      notFound: 'CASE_NOT_FOUND, or the session, need or consent named in the path',
      conflict: 'The case is not in a state that allows it (code says why), or it changed meanwhile',
    },
    { roles, success: { description: `${done}; the case's new stream version and the events appended`, schema: answer(answers) } },
  );
