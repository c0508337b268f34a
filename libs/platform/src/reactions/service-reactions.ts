import { ReactionRunner, type EventStore, type Reaction, type Worker } from '@homeward/events';
import type { Logger } from '../observability/logger';
import { isDomainRefusal, type ReactionDispatcher } from './reaction-dispatcher';

/** A worker that runs on one instance at a time (a lease in distributed mode, always when embedded). */
type OnlyOne = (lease: string, worker: Worker) => Promise<{ start(): Promise<void>; stop(): Promise<void>; readonly leading: boolean }>;

/**
 * A service's reactions inside its infrastructure. Idle until run() gives them the dispatcher,
 * which lives in the Nest app and so exists only once the app does; from then on they follow the
 * log on the one instance holding the lease, woken with the other readers after every append.
 */
export class ServiceReactions {
  private runner?: ReactionRunner;
  private worker?: Awaited<ReturnType<OnlyOne>>;

  constructor(
    /** The log as the service reads it: personal parts open, events upcast, the inbox's copies among them. */
    private readonly store: EventStore,
    private readonly onlyOne: OnlyOne,
    private readonly logger: Logger,
  ) {}

  async run(reactions: Reaction[], dispatcher: ReactionDispatcher): Promise<void> {
    if (this.runner) throw new Error('The reactions of this service run already');
    this.runner = new ReactionRunner(this.store, reactions, {
      dispatch: (command, cause) => dispatcher.dispatch(command, cause),
      isRefusal: (error) => (dispatcher.isRefusal ? dispatcher.isRefusal(error) : isDomainRefusal(error)),
      // Refused once, refused every time: the rules decided; someone reads why in the log.
      onRefused: ({ cause, command, error }) =>
        this.logger.warn('reaction refused, skipped', {
          reaction: cause.reaction,
          eventId: cause.event.eventId,
          eventType: cause.event.type,
          command: (command as { type?: unknown })?.type,
          code: (error as { code?: unknown })?.code,
          error: String(error),
        }),
      onError: (error) => this.logger.warn('reaction failed, will retry', { error: String(error) }),
    });
    this.worker = await this.onlyOne('reactions', this.runner);
    await this.worker.start();
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
