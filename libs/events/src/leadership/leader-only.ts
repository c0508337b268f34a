import type { Lease } from './lease';

/** Something that runs in the background and can be started and stopped. */
export interface Worker {
  start(): void;
  stop(): Promise<void>;
}

/**
 * Runs a worker on one instance only: the one holding the lease. Every instance tries at each
 * beat; the holder renews, the others wait, and when the holder dies its lease runs out and the
 * next beat of another instance starts the worker there. Between the end of a term and the next
 * beat two workers may overlap for a moment: the work is at-least-once anyway (consumers drop
 * repeats, documents refuse older positions), so that costs a duplicate, never a loss.
 */
export class LeaderOnly {
  private timer?: NodeJS.Timeout;
  private running = false;
  private stopped = false;
  private beating: Promise<void> = Promise.resolve();

  constructor(
    private readonly lease: Lease,
    private readonly worker: Worker,
    private readonly beatMs: number,
    private readonly onError: (error: unknown) => void = () => {},
  ) {}

  get leading(): boolean {
    return this.running;
  }

  /** Resolves after the first try, so a lone instance is working as soon as it has started. */
  async start(): Promise<void> {
    this.stopped = false;
    await this.beat();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.beating;
    if (this.running) {
      this.running = false;
      await this.worker.stop();
      await this.lease.release().catch(this.onError);
    }
  }

  private beat(): Promise<void> {
    this.beating = (async () => {
      try {
        const held = await this.lease.tryAcquire();
        if (held && !this.running && !this.stopped) {
          this.running = true;
          this.worker.start();
        } else if (!held && this.running) {
          this.running = false;
          await this.worker.stop();
        }
      } catch (error) {
        // The database is unreachable: a worker that cannot renew must assume another took over.
        this.onError(error);
        if (this.running) {
          this.running = false;
          await this.worker.stop().catch(this.onError);
        }
      }
      if (!this.stopped) this.timer = setTimeout(() => void this.beat(), this.beatMs);
    })();
    return this.beating;
  }
}
