import type { AccessLogStore, AccessPage, AccessRecord } from '@homeward/events';

export interface BufferOptions {
  /** The longest a record waits before its batch is written. */
  intervalMs: number;
  /** A batch this large is written at once (and no batch is larger). */
  maxBatch: number;
  /** While the database refuses, records wait up to this many; beyond it the oldest are dropped, and said so. */
  maxPending: number;
}

export const DEFAULT_BUFFER: BufferOptions = { intervalMs: 100, maxBatch: 500, maxPending: 100_000 };

/**
 * The access log as a read sees it: `record` only queues (no I/O, nothing awaited), and batches go to
 * the store in one statement each, every `intervalMs` or `maxBatch` records, one batch at a time, and
 * on `close`. A crash loses what was still queued (at most about `intervalMs` of reads); a normal
 * shutdown loses nothing. A batch the store refuses is kept and tried again.
 */
export class BufferedAccessLog {
  private pending: AccessRecord[] = [];
  private timer?: NodeJS.Timeout;
  private chain: Promise<void> = Promise.resolve();
  private queued = false;
  private closed = false;

  constructor(
    private readonly store: AccessLogStore,
    private readonly onError: (problem: string, error?: unknown) => void,
    private readonly options: BufferOptions = DEFAULT_BUFFER,
  ) {}

  record(record: AccessRecord): void {
    this.pending.push(record);
    if (this.closed || this.pending.length >= this.options.maxBatch) void this.flush();
    else this.timer ??= setTimeout(() => void this.flush(), this.options.intervalMs).unref();
  }

  /** Writes everything queued so far; resolves once it is in the store (or the store refused it). */
  flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    if (!this.queued) {
      this.queued = true;
      this.chain = this.chain.then(() => {
        this.queued = false;
        return this.drain();
      });
    }
    return this.chain;
  }

  /** What was read of a case, newest first, including what this instance has only just queued. */
  async listForCase(caseId: string, page: { limit: number; offset: number }): Promise<AccessPage> {
    await this.flush();
    return this.store.listForCase(caseId, page);
  }

  /** Writes what is queued; from now on each record is written as it comes. */
  async close(): Promise<void> {
    this.closed = true;
    await this.flush();
    if (this.pending.length) this.onError(`${this.pending.length} access records could not be written before closing: lost`);
  }

  get queuedCount(): number {
    return this.pending.length;
  }

  private async drain(): Promise<void> {
    while (this.pending.length) {
      const batch = this.pending.splice(0, this.options.maxBatch);
      try {
        await this.store.append(batch);
      } catch (error) {
        this.pending.unshift(...batch);
        const over = this.pending.length - this.options.maxPending;
        if (over > 0) {
          this.pending.splice(0, over);
          this.onError(`${over} access records dropped: the store has refused writes for too long`);
        }
        this.onError('access log write failed, will retry', error);
        if (!this.closed) this.timer ??= setTimeout(() => void this.flush(), this.options.intervalMs).unref();
        return;
      }
    }
  }
}
