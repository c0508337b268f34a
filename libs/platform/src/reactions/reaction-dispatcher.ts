import type { Deadline, Reaction, ReactionCause } from '@homeward/events';
import type { Type } from '@nestjs/common';
import { isLocalisedError } from '../http/localised-error';

/**
 * The Nest side of a service's reactions: runs the commands they call for through the service's
 * own command handler, in the context `reactionContext(cause)` gives (the system acting, the cause
 * and the answer named, so a second run appends nothing). A provider of the service's module.
 */
export interface ReactionDispatcher<C = unknown> {
  dispatch(command: C, cause: ReactionCause): Promise<unknown>;
  /**
   * Whether an error is the domain refusing the command, which is then logged and skipped rather
   * than retried. Unsaid: a broken rule with a client status, as the API would answer it (4xx).
   */
  isRefusal?(error: unknown): boolean;
}

/** How a service declares its reactions: the policies, its deadlines, and the provider that runs their commands. */
export interface ServiceReactionsDefinition {
  reactions: Reaction[];
  /** Time-driven policies; each one's to-do list must be among the service's projections. */
  deadlines?: Deadline[];
  dispatcher: Type<ReactionDispatcher>;
}

/** A broken rule: what the API would answer with a 4xx. Anything else (a database down) is a failure to retry. */
export function isDomainRefusal(error: unknown): boolean {
  return isLocalisedError(error) && error.status >= 400 && error.status < 500;
}
