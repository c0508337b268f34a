import type { RecordedEvent } from '../envelope';
import type { EventStore } from '../store/event-store.port';
import { subscribeToAll, type AllSubscription } from '../store/subscribe-to-all';
import { commandsFor, type Reaction, type ReactionCause } from './reaction';

/** A command the domain refused: skipped, so one the rules will never accept does not hold the reaction up. */
export interface Refusal<C = unknown> {
  command: C;
  cause: ReactionCause;
  error: unknown;
}

export interface ReactionRunnerOptions<C = unknown> {
  /** Runs one command through the service's command handler, in the context reactionContext(cause) gives. */
  dispatch: (command: C, cause: ReactionCause) => Promise<unknown>;
  /** Whether an error is the domain refusing the command (a broken rule), not a failure to run it. None by default. */
  isRefusal?: (error: unknown) => boolean;
  onRefused?: (refusal: Refusal<C>) => void;
  /** A failure to run a command (the database down): the page is read and answered again later. */
  onError?: (error: unknown) => void;
  pageSize?: number;
}

/**
 * Follows the service's own log (its events, and the other contexts' events its inbox copied in)
 * and runs what its reactions call for, each reaction from its own checkpoint, so a new or a
 * failing one holds up no other. A page's commands all run before its checkpoint moves: a crash
 * in between runs them again, which the CommandHandler turns into no-ops (see CausedAnswer),
 * so each cause gets each answer once. A refused command is reported and skipped; any other
 * error retries the page, so an outage delays answers and loses none.
 *
 * A new reaction starts at the beginning of the log: it answers what happened before it existed,
 * as a projection does.
 *
 * All of a service's reactions share one reader of the log, from the earliest of their checkpoints: each
 * answers only what lies past its own, so a reaction behind (new, or failing) costs the others one read of
 * what they already answered, not a reader each. One that fails leaves the page to be read again; the
 * others' checkpoints have moved, so they answer nothing twice.
 */
export class ReactionRunner<C = unknown> {
  private subscription?: AllSubscription;
  /** Where each reaction's checkpoint stands, once the reader has asked: kept in memory, as only this runner moves them. */
  private readonly answeredUpTo = new Map<string, number>();

  constructor(
    private readonly store: EventStore,
    readonly reactions: ReadonlyArray<Reaction<{ type: string; data: object }, C>>,
    private readonly options: ReactionRunnerOptions<C>,
  ) {
    const names = reactions.map((r) => r.name);
    const twice = names.find((n, i) => names.indexOf(n) !== i);
    if (twice) throw new Error(`Two reactions are named ${twice}: each needs a checkpoint of its own`);
  }

  static checkpointOf(reaction: Pick<Reaction, 'name'>): string {
    return `reaction:${reaction.name}`;
  }

  start(): void {
    if (this.subscription) return;
    this.subscription = subscribeToAll(this.store, {
      from: () => this.earliestCheckpoint(),
      handle: (events) => this.answerAll(events),
      pageSize: this.options.pageSize,
      onError: this.options.onError,
    });
  }

  wake(): void {
    this.subscription?.wake();
  }

  /** Resolves once every reaction has answered everything up to the head as it is now. */
  async caughtUp(): Promise<void> {
    await this.subscription?.caughtUp();
  }

  async stop(): Promise<void> {
    const subscription = this.subscription;
    this.subscription = undefined;
    await subscription?.stop();
  }

  /** Asked at the first pass and after an error: a checkpoint saved by an instance that held the lease before counts. */
  private async earliestCheckpoint(): Promise<number> {
    const positions = await Promise.all(this.reactions.map((r) => this.store.checkpoints.load(ReactionRunner.checkpointOf(r))));
    this.reactions.forEach((r, i) => this.answeredUpTo.set(r.name, positions[i]));
    return Math.min(...positions);
  }

  private async answerAll(events: RecordedEvent[]): Promise<void> {
    let failure: unknown;
    for (const reaction of this.reactions) {
      const after = this.answeredUpTo.get(reaction.name) ?? 0;
      const unanswered = events.filter((e) => e.globalPosition > after);
      if (unanswered.length === 0) continue;
      try {
        await this.answer(reaction, unanswered);
        this.answeredUpTo.set(reaction.name, unanswered[unanswered.length - 1].globalPosition);
      } catch (error) {
        failure ??= error;
      }
    }
    if (failure !== undefined) throw failure;
  }

  private async answer(reaction: Reaction<{ type: string; data: object }, C>, events: RecordedEvent[]): Promise<void> {
    const { dispatch, isRefusal = () => false, onRefused = () => {} } = this.options;
    for (const event of events) {
      const commands = commandsFor(reaction, event);
      for (let step = 0; step < commands.length; step++) {
        const cause = { event, reaction: reaction.name, step };
        try {
          await dispatch(commands[step], cause);
        } catch (error) {
          if (!isRefusal(error)) throw error;
          onRefused({ command: commands[step], cause, error });
        }
      }
    }
    await this.store.checkpoints.save(ReactionRunner.checkpointOf(reaction), events[events.length - 1].globalPosition);
  }
}
