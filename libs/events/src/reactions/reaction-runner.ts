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
 */
export class ReactionRunner<C = unknown> {
  private subscriptions: AllSubscription[] = [];

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
    if (this.subscriptions.length) return;
    this.subscriptions = this.reactions.map((reaction) =>
      subscribeToAll(this.store, {
        from: () => this.store.checkpoints.load(ReactionRunner.checkpointOf(reaction)),
        handle: (events) => this.answer(reaction, events),
        pageSize: this.options.pageSize,
        onError: this.options.onError,
      }),
    );
  }

  wake(): void {
    this.subscriptions.forEach((s) => s.wake());
  }

  /** Resolves once every reaction has answered everything up to the head as it is now. */
  async caughtUp(): Promise<void> {
    await Promise.all(this.subscriptions.map((s) => s.caughtUp()));
  }

  async stop(): Promise<void> {
    await Promise.all(this.subscriptions.splice(0).map((s) => s.stop()));
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
