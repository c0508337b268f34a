import { DeadlineRunner, ReactionRunner, type Clock, type Deadline, type EventStore, type Reaction, type ReadModelStore, type Refusal, type Worker } from '@homeward/events';
import type { Logger } from '../observability/logger';
import { isDomainRefusal, type ReactionDispatcher } from './reaction-dispatcher';

/** A worker that runs on one instance at a time (a lease in distributed mode, always when embedded). */
type OnlyOne = (lease: string, worker: Worker) => Promise<{ start(): Promise<void>; stop(): Promise<void>; readonly leading: boolean }>;

/**
 * A service's reactions and deadlines inside its infrastructure. Idle until run() gives them the
 * dispatcher, which lives in the Nest app and so exists only once the app does; from then on they
 * run on the one instance holding the lease: reactions follow the log, woken with the other readers
 * after every append; deadlines read the service's clock.
 */
export class ServiceReactions {
  private runner?: ReactionRunner;
  private deadlines?: DeadlineRunner;
  private worker?: Awaited<ReturnType<OnlyOne>>;

  constructor(
    /** The log as the service reads it: personal parts open, events upcast, the inbox's copies among them. */
    private readonly store: EventStore,
    private readonly readModels: ReadModelStore,
    private readonly clock: Clock,
    private readonly onlyOne: OnlyOne,
    private readonly logger: Logger,
  ) {}

  async run(reactions: Reaction[], dispatcher: ReactionDispatcher, deadlines: Deadline[] = []): Promise<void> {
    if (this.runner) throw new Error('The reactions of this service run already');
    const answering = {
      dispatch: (command: unknown, cause: Parameters<ReactionDispatcher['dispatch']>[1]) => dispatcher.dispatch(command, cause),
      isRefusal: (error: unknown) => (dispatcher.isRefusal ? dispatcher.isRefusal(error) : isDomainRefusal(error)),
      // Refused once, refused every time: the rules decided; someone reads why in the log.
      onRefused: ({ cause, command, error }: Refusal) =>
        this.logger.warn('reaction refused, skipped', {
          reaction: cause.reaction,
          eventId: cause.event.eventId,
          eventType: cause.event.type,
          command: (command as { type?: unknown })?.type,
          code: (error as { code?: unknown })?.code,
          error: String(error),
        }),
      onError: (error: unknown) => this.logger.warn('reaction failed, will retry', { error: String(error) }),
    };
    const runner = new ReactionRunner(this.store, reactions, answering);
    const due = new DeadlineRunner(this.readModels, deadlines, { ...answering, clock: this.clock });
    this.runner = runner;
    this.deadlines = due;
    const both: Worker = {
      start: () => {
        runner.start();
        due.start();
      },
      stop: async () => {
        await due.stop();
        await runner.stop();
      },
    };
    this.worker = await this.onlyOne('reactions', both);
    await this.worker.start();
  }

  /**
   * Fires what is due now on this instance's clock, as the next tick would (tests call it after
   * moving their clock); resolves how many items fired, none where the reactions do not run.
   */
  fireDue(): Promise<number> {
    return this.running && this.deadlines ? this.deadlines.fireDue() : Promise.resolve(0);
  }

  /** Whether this instance runs them now. */
  get running(): boolean {
    return this.worker?.leading ?? false;
  }

  wake(): void {
    this.runner?.wake();
  }

  /** Resolves once every reaction has answered the log up to its head (at once when none run here). */
  caughtUp(): Promise<void> {
    return this.running && this.runner ? this.runner.caughtUp() : Promise.resolve();
  }

  async stop(): Promise<void> {
    await this.worker?.stop();
  }
}
