import type { Actor, RecordedEvent } from '../envelope';
import type { CommandContext } from '../commands/command-handler';
import type { Recorded } from '../projections/projection';

type AnyEvent = { type: string; data: object };

/**
 * A policy: "when this happens, do that". Which events it answers, and the commands each one
 * calls for, as a pure function of the event (no state, clock or I/O: what it needs is in the event,
 * and the command's decider judges the rest). `E` is the union of the events it handles, from the
 * producer's contract, so react reads them typed; `C` is what its service's dispatcher runs.
 * Named for what it does: `start-plan-clock-when-returnee-arrived`.
 */
export interface Reaction<E extends AnyEvent = AnyEvent, C = unknown> {
  /**
   * Its checkpoint, and part of what makes its commands idempotent: renaming it makes it answer the
   * whole log again as a new reaction.
   */
  name: string;
  handles: readonly E['type'][];
  /** The commands the event calls for, in order; none ([]) when it calls for nothing. */
  react(event: Recorded<E>): C[];
}

/** Of the event a command answers, what its context and the log of a refusal name. */
export type CauseEvent = Pick<RecordedEvent, 'eventId' | 'correlationId' | 'type'>;

/**
 * What a command a reaction called for answers: the event, the reaction, and the command's place in
 * its answer. A deadline's command answers the event that set the deadline, under the deadline's name.
 */
export interface ReactionCause {
  event: CauseEvent;
  reaction: string;
  step: number;
  /** A deadline's: the moment the item fell due, so an item moved to a later moment is answered anew. */
  dueAt?: string;
}

/** The commands a reaction calls for in answer to an event of the log: none for an event it does not handle. */
export function commandsFor<E extends AnyEvent, C>(reaction: Reaction<E, C>, event: RecordedEvent): C[] {
  return (reaction.handles as readonly string[]).includes(event.type) ? reaction.react(event as unknown as Recorded<E>) : [];
}

/**
 * The context a caused command runs in: the system acts, under the reaction's name (what an auditor
 * reads as who did it), in the cause's correlation; the cause and the answer make the command
 * idempotent in the CommandHandler.
 */
export function reactionContext(cause: ReactionCause): CommandContext & { actor: Actor } {
  return {
    actor: { userId: cause.reaction, role: 'system' },
    correlationId: cause.event.correlationId,
    causationId: cause.event.eventId,
    reaction: cause.dueAt ? `${cause.reaction}@${cause.dueAt}/${cause.step}` : `${cause.reaction}/${cause.step}`,
  };
}
