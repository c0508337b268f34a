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
  /** Position to start after; read again from the checkpoint on each (re)start. */
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
 * an outage delays delivery but loses nothing.
 */
export function subscribeToAll(store: EventStore, options: SubscribeToAllOptions): AllSubscription {
  const pageSize = options.pageSize ?? 500;
  const idleMs = options.idleMs ?? 250;
  const maxBackoffMs = options.maxBackoffMs ?? 5000;
  let running = true;
  let wakeUp: () => void = () => {};
  let waiters: Array<() => void> = [];
  let backoff = idleMs;

  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const t = setTimeout(resolve, ms);
      wakeUp = () => {
        clearTimeout(t);
        resolve();
      };
    });

  const loop = (async () => {
    while (running) {
      try {
        let position = await options.from();
        for (;;) {
          const page = await store.readAll({ after: position, maxCount: pageSize });
          if (page.length === 0) break;
          await options.handle(page);
          position = page[page.length - 1].globalPosition;
          if (!running) return;
        }
        waiters.splice(0).forEach((w) => w());
        backoff = idleMs;
        await sleep(idleMs);
      } catch (error) {
        options.onError?.(error);
        backoff = Math.min(backoff * 2, maxBackoffMs);
        await sleep(backoff);
      }
    }
  })();

  return {
    wake: () => wakeUp(),
    caughtUp: () =>
      new Promise<void>((resolve) => {
        waiters.push(resolve);
        wakeUp();
      }),
    stop: async () => {
      running = false;
      wakeUp();
      await loop;
      waiters.splice(0).forEach((w) => w());
    },
  };
}
