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
