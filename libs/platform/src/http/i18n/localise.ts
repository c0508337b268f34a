import { DomainError } from '@homeward/domain';
import { InvalidEventError } from '@homeward/events';
import { InvalidInputException, invalidInputBody } from '../validation';
import { describeBodyError } from './body-error';
import { DOMAIN_MESSAGES_FR } from './domain-messages.fr';
import { PLATFORM_MESSAGES_FR } from './platform-messages.fr';
import { frenchProblem } from './validation-messages.fr';

/** Handlers also throw HttpExceptions with domain codes (a 404 CASE_NOT_FOUND from a query). */
const BY_CODE: Record<string, string> = { ...DOMAIN_MESSAGES_FR, ...PLATFORM_MESSAGES_FR };

/**
 * The French body for an error the ErrorFilter has described in English: same status, code,
 * fields and details, French messages. Undefined when we have no French for it.
 */
export function inFrench(error: unknown, english: Record<string, unknown>): Record<string, unknown> | undefined {
  if (error instanceof InvalidInputException) {
    return invalidInputBody(error.problems.map((p) => ({ field: p.field, message: frenchProblem(p) })));
  }
  if (error instanceof DomainError) {
    const text = DOMAIN_MESSAGES_FR[error.code];
    const fielded = error.field ? { message: `${error.field}: ${text}`, errors: [{ field: error.field, message: text }] } : { message: text };
    return { ...english, ...fielded };
  }
  if (error instanceof InvalidEventError) {
    // The schema problems come from the validator, in English; they are for developers.
    return { ...english, message: `L'événement ${error.eventType} est refusé par le catalogue : ${error.problems.join('; ')}` };
  }
  const code = english.code;
  const text = typeof code === 'string' && Object.hasOwn(BY_CODE, code) ? BY_CODE[code] : undefined;
  if (text) return { ...english, message: text };
  return describeBodyError(error, 'fr') ?? undefined;
}
