import type { RecordedEvent } from '../envelope';
import type { EventStore } from './event-store.port';
import { subscribeToAll } from './subscribe-to-all';

describe('subscribeToAll after errors', () => {
  afterEach(() => jest.useRealTimers());

  /** A log of one event whose handler fails while `down` (a broker outage, say). */
  function failingWhileDown(maxBackoffMs?: number) {
    const state = { down: true, attempts: 0, handledAt: undefined as number | undefined };
    const event = { globalPosition: 1 } as RecordedEvent;
    const store = { readAll: async ({ after }: { after: number }) => (after < 1 ? [event] : []) } as unknown as EventStore;
    const subscription = subscribeToAll(store, {
      from: async () => (state.handledAt === undefined ? 0 : 1),
      handle: async () => {
        state.attempts++;
        if (state.down) throw new Error('broker down');
        state.handledAt ??= Date.now();
      },
      maxBackoffMs,
    });
    return { state, subscription };
  }

  it('retries no more often than the backoff allows, and soon after the cause is gone, when the wait is capped', async () => {
    jest.useFakeTimers();
    const { state, subscription } = failingWhileDown(1_000);
    await jest.advanceTimersByTimeAsync(60_000);
    expect(state.attempts).toBeGreaterThan(55);
    expect(state.attempts).toBeLessThanOrEqual(64);
    state.down = false;
    const back = Date.now();
    await jest.advanceTimersByTimeAsync(1_000);
    expect(state.handledAt! - back).toBeLessThanOrEqual(1_000);
    await subscription.stop();
  });

  it('waits up to 5 s between tries by default', async () => {
    jest.useFakeTimers();
    const { state, subscription } = failingWhileDown();
    await jest.advanceTimersByTimeAsync(60_000);
    expect(state.attempts).toBeLessThanOrEqual(20);
    await subscription.stop();
  });
});

describe('subscribeToAll woken while it reads', () => {
  afterEach(() => jest.useRealTimers());

  /** A log whose reads the test finishes by hand: a read in flight has not seen what is appended meanwhile. */
  function slowLog() {
    const log: RecordedEvent[] = [];
    const reads: Array<() => void> = [];
    const store = {
      readAll: ({ after }: { after: number }) =>
        new Promise<RecordedEvent[]>((resolve) => {
          const seen = log.filter((e) => e.globalPosition > after);
          reads.push(() => resolve(seen));
        }),
    } as unknown as EventStore;
    const handled: number[] = [];
    let position = 0;
    const subscription = subscribeToAll(store, {
      from: async () => position,
      handle: async (events) => {
        handled.push(...events.map((e) => e.globalPosition));
        position = events[events.length - 1].globalPosition;
      },
      idleMs: 250,
    });
    const append = () => log.push({ globalPosition: log.length + 1 } as RecordedEvent);
    /** Lets every read asked so far return. */
    const finishReads = async () => {
      while (reads.length) reads.shift()!();
      await jest.advanceTimersByTimeAsync(0);
    };
    return { subscription, handled, append, finishReads, reads };
  }

  it('reads again at once when the wake came during a read, instead of at the next poll', async () => {
    jest.useFakeTimers();
    const { subscription, handled, append, finishReads, reads } = slowLog();
    await jest.advanceTimersByTimeAsync(0);
    expect(reads).toHaveLength(1);
    // Committed after that read began: the read does not return it, the wake says it is there.
    append();
    subscription.wake();
    await finishReads();
    await jest.advanceTimersByTimeAsync(5);
    await finishReads();
    await finishReads();
    expect(handled).toEqual([1]);
    const stopping = subscription.stop();
    await finishReads();
    await stopping;
  });

  it('resolves caughtUp() only after a pass that began after it was asked', async () => {
    jest.useFakeTimers();
    const { subscription, append, finishReads, handled } = slowLog();
    await jest.advanceTimersByTimeAsync(0);
    append();
    let caughtUp = false;
    void subscription.caughtUp().then(() => (caughtUp = true));
    await finishReads();
    // The pass in flight when it was asked could not see event 1: not caught up yet.
    expect(caughtUp).toBe(false);
    for (let i = 0; i < 4 && !caughtUp; i++) await finishReads();
    expect(handled).toEqual([1]);
    expect(caughtUp).toBe(true);
    const stopping = subscription.stop();
    await finishReads();
    await stopping;
  });
});

describe('subscribeToAll at the head', () => {
  it('reads once per pass when the page it got is short, and again at once when it was full', async () => {
    const log = Array.from({ length: 5 }, (_, i) => ({ globalPosition: i + 1 }) as RecordedEvent);
    const reads: number[] = [];
    const store = {
      readAll: async ({ after, maxCount }: { after: number; maxCount: number }) => {
        reads.push(after);
        return log.filter((e) => e.globalPosition > after).slice(0, maxCount);
      },
    } as unknown as EventStore;
    let position = 0;
    const subscription = subscribeToAll(store, {
      from: async () => position,
      handle: async (events) => void (position = events[events.length - 1].globalPosition),
      pageSize: 2,
      idleMs: 60_000,
    });
    await subscription.caughtUp();
    // The first pass: pages of 2, 2 and 1, the short one the head, nothing read after it. The pass
    // caughtUp() asked for: one empty read.
    expect(reads).toEqual([0, 2, 4, 5]);
    expect(position).toBe(5);
    await subscription.stop();
  });
});

describe('subscribeToAll between passes', () => {
  it('asks for its position once, and again only after an error', async () => {
    const log = [{ globalPosition: 1 } as RecordedEvent];
    let asked = 0;
    let failNext = false;
    const store = { readAll: async ({ after }: { after: number }) => log.filter((e) => e.globalPosition > after) } as unknown as EventStore;
    const subscription = subscribeToAll(store, {
      from: async () => (asked++, 0),
      handle: async () => {
        if (failNext) throw ((failNext = false), new Error('down'));
      },
      idleMs: 5,
    });
    await subscription.caughtUp();
    await subscription.caughtUp();
    expect(asked).toBe(1);
    log.push({ globalPosition: 2 } as RecordedEvent);
    failNext = true;
    await subscription.caughtUp();
    expect(asked).toBe(2);
    await subscription.stop();
  });
});
