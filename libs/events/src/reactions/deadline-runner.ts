import type { Clock } from '../commands/clock';
import type { ReadModelStore, Stored } from '../readmodel/read-model-store.port';
import type { Deadline, PendingItem } from './deadline';
import type { ReactionCause } from './reaction';
import type { Refusal } from './reaction-runner';

export interface DeadlineRunnerOptions<C = unknown> {
  clock: Clock;
  dispatch: (command: C, cause: ReactionCause) => Promise<unknown>;
  isRefusal?: (error: unknown) => boolean;
  onRefused?: (refusal: Refusal<C>) => void;
  onError?: (error: unknown) => void;
  /** How often the clock is read; tests call fireDue() after moving theirs. */
  intervalMs?: number;
  /** How many items of a list one read takes, earliest first (a pass reads on while they are due). */
  batch?: number;
}

const DEFAULT_INTERVAL_MS = 1000;
const DEFAULT_BATCH = 100;

/**
 * Fires what is due on the service's deadlines: each pass reads the earliest items of each to-do
 * list and runs the commands of those whose moment has passed. An item stays listed until its
 * projection removes it, so a pass that runs before the projection has caught up fires it again:
 * the command then answers the same cause under the same name, which the CommandHandler makes a
 * no-op. Nothing is lost to a restart either: the list is in the read models, not in memory.
 */
export class DeadlineRunner<C = unknown> {
  private timer?: NodeJS.Timeout;
  private pass: Promise<number> = Promise.resolve(0);
  /** Refused once, refused again: not retried until the process restarts, where the log says why. */
  private readonly refused = new Set<string>();

  constructor(
    private readonly readModels: ReadModelStore,
    readonly deadlines: ReadonlyArray<Deadline<PendingItem, C>>,
    private readonly options: DeadlineRunnerOptions<C>,
  ) {
    for (const d of deadlines) {
      if (!d.pending.indexes?.some((i) => i.fields[0] === 'dueAt')) throw new Error(`Deadline ${d.name}: its to-do list ${d.pending.name} declares no index on dueAt`);
    }
  }

  start(): void {
    if (this.timer || !this.deadlines.length) return;
    this.timer = setInterval(() => void this.fireDue().catch(() => {}), this.options.intervalMs ?? DEFAULT_INTERVAL_MS);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    await this.pass.catch(() => {});
  }

  /** One pass over every list, after the one under way: resolves how many items fired. */
  fireDue(): Promise<number> {
    this.pass = this.pass.catch(() => 0).then(() => this.firePass());
    return this.pass;
  }

  private async firePass(): Promise<number> {
    let fired = 0;
    for (const deadline of this.deadlines) {
      try {
        fired += await this.fire(deadline);
      } catch (error) {
        this.options.onError?.(error);
      }
    }
    return fired;
  }

  /**
   * Pages through the list, earliest first, while its items are due: one refused for good stays listed
   * (its projection removes it only once it is moot), so a pass that read only the first page would be
   * stuck behind a page of them.
   */
  private async fire(deadline: Deadline<PendingItem, C>): Promise<number> {
    const now = this.options.clock.now().toISOString();
    const batch = this.options.batch ?? DEFAULT_BATCH;
    let fired = 0;
    for (let skip = 0; ; skip += batch) {
      const page = await this.readModels.find<PendingItem>(deadline.pending.collection, {}, { sort: 'dueAt', skip, limit: batch });
      const due = page.filter((item) => item.dueAt <= now);
      const toFire = due.filter((item) => !this.refused.has(this.keyOf(deadline, item)));
      for (const item of toFire) await this.answer(deadline, item);
      fired += toFire.length;
      if (page.length < batch || due.length < page.length) return fired;
    }
  }

  private async answer(deadline: Deadline<PendingItem, C>, item: Stored<PendingItem>): Promise<void> {
    const { dispatch, isRefusal = () => false, onRefused = () => {} } = this.options;
    const commands = deadline.commandsFor(item);
    for (let step = 0; step < commands.length; step++) {
      const cause: ReactionCause = { event: item.setBy, reaction: deadline.name, step, dueAt: item.dueAt };
      try {
        await dispatch(commands[step], cause);
      } catch (error) {
        if (!isRefusal(error)) throw error;
        this.refused.add(this.keyOf(deadline, item));
        onRefused({ command: commands[step], cause, error });
      }
    }
  }

  private keyOf(deadline: Deadline<PendingItem, C>, item: Stored<PendingItem>): string {
    return `${deadline.name}/${item._id}@${item.dueAt}`;
  }
}
