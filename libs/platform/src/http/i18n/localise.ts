import { InvalidEventError } from '@homeward/events';
import { InvalidInputException, invalidInputBody } from '../validation';
import { isLocalisedError, localisedBody } from '../localised-error';
import { describeBodyError } from './body-error';
import { PLATFORM_MESSAGES_FR } from './platform-messages.fr';
import { frenchProblem } from './validation-messages.fr';

/**
 * The French body for an error the ErrorFilter has described in English: same status, code,
 * fields and details, French messages. Undefined when we have no French for it.
 */
export function inFrench(error: unknown, english: Record<string, unknown>): Record<string, unknown> | undefined {
  if (error instanceof InvalidInputException) {
    return invalidInputBody(error.problems.map((p) => ({ field: p.field, message: frenchProblem(p) })));
  }
  if (isLocalisedError(error)) return localisedBody(error, 'fr');
  if (error instanceof InvalidEventError) {
    // The schema problems come from the validator, in English; they are for developers.
    return { ...english, message: `L'événement ${error.eventType} est refusé par le catalogue : ${error.problems.join('; ')}` };
  }
  // The platform's own HttpExceptions (auth guard, country scope) carry their code in the body.
  const code = english.code;
  const text = typeof code === 'string' && Object.hasOwn(PLATFORM_MESSAGES_FR, code) ? PLATFORM_MESSAGES_FR[code] : undefined;
  if (text) return { ...english, message: text };
  return describeBodyError(error, 'fr') ?? undefined;
}
