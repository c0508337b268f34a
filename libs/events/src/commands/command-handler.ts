import type { Actor, NewEvent, RecordedEvent } from '../envelope';
import { WrongExpectedVersionError } from '../errors';
import type { EventStore } from '../store/event-store.port';
import type { Decider } from './decider';
import { systemClock, type Clock } from './clock';
import { uuidIds, type IdGenerator } from './ids';
import { CausedAnswer } from './caused-answer';

/** What the handler gives every command: when, by whom, and a source of new ids. */
export interface HandlerMetadata {
  now: string;
  userId: string;
  role: Actor['role'];
  /** Ids of what the decision creates (a session, a need): minted here, so deciders stay pure and tests name them. */
  newId: () => string;
}

type AnyCommand = { type: string; data: object; metadata: object };
type AnyEvent = { type: string; data: object };

/**
 * A command as a caller writes it: without the metadata the handler adds. Distributive, so each
 * command type stays tied to its own data (`Omit` over the union would let one carry another's).
 */
export type CommandInput<C extends AnyCommand> = C extends unknown ? { type: C['type']; data: C['data'] } : never;

/** Who asks, and in answer to what: the envelope facts that are not the domain's. */
export interface CommandContext {
  actor: Actor;
  correlationId: string;
  /** The event this command answers. Set, the command runs at most once per cause (see CommandHandler). */
  causationId?: string | null;
  /**
   * Which answer to the cause this command is, when one cause gets several on one stream: a
   * reaction's name and the command's place in its answer. Unset, the command's type.
   */
  reaction?: string;
}

export interface CommandHandlerOptions<C extends AnyCommand, S, E extends AnyEvent, X extends CommandContext = CommandContext> {
  decider: Decider<C, S, E>;
  /** The field of a command's data naming its aggregate (`caseId`). Absent: a new aggregate, with an id minted here. */
  idField: string;
  streamId: (id: string) => string;
  /** Refuses a command before any decision (the caller's office does not hold the case, say): throw to refuse. */
  guard?: (state: S, command: C, context: X) => void;
  /** The country the new events are recorded under, from the state before and after the decision. */
  country: (before: S, after: S, command: C) => string;
  /** Completes the metadata with what the domain judges by (the office's calendar day, say). */
  metadata?: (base: HandlerMetadata, state: S, input: CommandInput<C>, context: X) => C['metadata'];
  clock?: Clock;
  ids?: IdGenerator;
  /** Times the cycle runs again after a concurrent write to the same stream. Default 3. */
  retries?: number;
}

export interface CommandResult<S> {
  /** The aggregate's id: the one given, or the one minted for a new aggregate. */
  id: string;
  /** The stream as read for the decision: a slice that answers with what the command saw reads nothing again. */
  history: RecordedEvent[];
  newEvents: RecordedEvent[];
  newState: S;
  nextExpectedVersion: number;
}

/**
 * One write pipeline, bound once per aggregate: load its stream, guard, decide, append at
 * the version read, and on a conflict run the whole cycle again on the fresh history (the
 * decision may differ). Command-side state always comes from the stream, never from a read
 * model, and the caller gets the new events and state without reading the stream again.
 *
 * A command that answers an event (`context.causationId`, with `context.reaction` naming which
 * answer it is) runs at most once: its events get ids derived from the cause and the answer, and a
 * stream that already holds the first of them has had this answer, so the handler appends nothing
 * and returns the stream as it is (no new events). A caused command that creates an aggregate
 * gets a derived id too, so a second run meets the stream the first one made. That makes a reaction
 * safe to run again after a crash between its command and its checkpoint; two runs racing meet at
 * the version check and the loser, reading again, finds the winner's events.
 */
export class CommandHandler<C extends AnyCommand, S, E extends AnyEvent, X extends CommandContext = CommandContext> {
  private readonly clock: Clock;
  private readonly ids: IdGenerator;

  constructor(
    private readonly store: EventStore,
    private readonly options: CommandHandlerOptions<C, S, E, X>,
  ) {
    this.clock = options.clock ?? systemClock;
    this.ids = options.ids ?? uuidIds;
  }

  async handle(input: CommandInput<C>, context: X): Promise<CommandResult<S>> {
    const { decider, idField, retries = 3 } = this.options;
    const given = (input.data as Record<string, unknown>)[idField];
    const answer = CausedAnswer.of(context, input.type);
    const id = typeof given === 'string' ? given : (answer?.aggregateId() ?? this.ids());
    const streamId = this.options.streamId(id);
    for (let attempt = 0; ; attempt++) {
      // An aggregate under an id minted at random here is new: it has no history to read.
      const history = typeof given === 'string' || answer ? await this.store.readStream(streamId) : [];
      const state = history.reduce((s, e) => decider.evolve(s, e as unknown as E), decider.initialState());
      const version = history.length ? history[history.length - 1].streamVersion : 0;
      // The first event this answer writes is here already: the cause had this answer, and a second would repeat it.
      if (answer && history.some((e) => e.eventId === answer.eventId(streamId, 0))) {
        return { id, history, newEvents: [], newState: state, nextExpectedVersion: version };
      }
      const base: HandlerMetadata = { now: this.clock.now().toISOString(), userId: context.actor.userId, role: context.actor.role, newId: this.ids };
      const addressed = { ...input, data: { ...input.data, [idField]: id } } as CommandInput<C>;
      const command = { ...addressed, metadata: this.options.metadata?.(base, state, addressed, context) ?? base } as unknown as C;
      this.options.guard?.(state, command, context);
      const decided = decider.decide(command, state);
      const newState = decided.reduce(decider.evolve, state);
      const envelope = {
        occurredAt: base.now,
        actor: context.actor,
        country: this.options.country(state, newState, command),
        correlationId: context.correlationId,
        causationId: context.causationId ?? null,
      };
      try {
        const result = await this.store.appendToStream(
          streamId,
          decided.map((e, n): NewEvent => ({ ...envelope, ...(answer && { eventId: answer.eventId(streamId, n) }), type: e.type, data: e.data as NewEvent['data'] })),
          { expectedVersion: version },
        );
        return { id, history, newEvents: result.events, newState, nextExpectedVersion: result.nextExpectedVersion };
      } catch (error) {
        if (!(error instanceof WrongExpectedVersionError) || attempt >= retries) throw error;
      }
    }
  }
}
