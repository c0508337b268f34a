import type { RecordedEvent } from '../envelope';
import type { EventStore } from './event-store.port';

export interface AllSubscription {
  /** Wakes the subscription now instead of at the next poll (after a local append). */
  wake(): void;
  /** Resolves once everything up to the current head has been handled. */
  caughtUp(): Promise<void>;
  stop(): Promise<void>;
}

export interface SubscribeToAllOptions {
  /** Position to start after: asked at the first pass and after an error, then followed in memory. */
  from: () => Promise<number>;
  /** Handles a page; resolves with the position now safely processed. A throw means: retry later. */
  handle: (events: RecordedEvent[]) => Promise<void>;
  pageSize?: number;
  idleMs?: number;
  /** Longest wait before retrying after an error (the wait doubles from idleMs). Default 5 s. */
  maxBackoffMs?: number;
  onError?: (error: unknown) => void;
}

/**
 * Follows the global log by polling: simple, the same on every adapter, and never
 * ahead of what the store can guarantee is complete. Errors back off and retry, so
 * an outage delays delivery but loses nothing. A wake is never lost: one that arrives
 * while a pass is reading (an append committed after the read began, which the read
 * may not have seen) makes the next wait end at once, so the append is read now rather
 * than at the next poll. A store must return full pages while more follows (a short page means
 * the head).
 */
export function subscribeToAll(store: EventStore, options: SubscribeToAllOptions): AllSubscription {
  const pageSize = options.pageSize ?? 500;
  const idleMs = options.idleMs ?? 250;
  const maxBackoffMs = options.maxBackoffMs ?? 5000;
  let running = true;
  let wakeUp: () => void = () => {};
  /** Woken since the current pass began: the next wait is skipped. */
  let woken = false;
  let waiters: Array<() => void> = [];
  let backoff = idleMs;
  /**
   * Where the last pass ended. Only this subscription moves its checkpoint, so after the first pass
   * the position is known without asking (a round trip per wake saved); it is asked again after an error.
   */
  let position: number | undefined;

  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      if (woken) return resolve();
      const t = setTimeout(resolve, ms);
      wakeUp = () => {
        clearTimeout(t);
        resolve();
      };
    });
  const wake = () => {
    woken = true;
    wakeUp();
  };

  const loop = (async () => {
    while (running) {
      // What this pass reads covers every wake so far, and every caller of caughtUp() so far.
      woken = false;
      const served = waiters.splice(0);
      try {
        position ??= await options.from();
        for (;;) {
          const page = await store.readAll({ after: position, maxCount: pageSize });
          if (page.length === 0) break;
          await options.handle(page);
          position = page[page.length - 1].globalPosition;
          if (!running) return;
          // A short page was the head when it was read: reading again would find nothing (a
          // round trip per wake saved); what was appended meanwhile came with a wake.
          if (page.length < pageSize) break;
        }
        served.forEach((w) => w());
        backoff = idleMs;
        await sleep(idleMs);
      } catch (error) {
        // The handler may have failed after its checkpoint moved, or before: the next pass asks.
        position = undefined;
        waiters = [...served, ...waiters];
        options.onError?.(error);
        backoff = Math.min(backoff * 2, maxBackoffMs);
        await sleep(backoff);
      }
    }
  })();

  return {
    wake,
    caughtUp: () =>
      new Promise<void>((resolve) => {
        waiters.push(resolve);
        wake();
      }),
    stop: async () => {
      running = false;
      wakeUp();
      await loop;
      waiters.splice(0).forEach((w) => w());
    },
  };
}
