import { ManualClock } from '../commands/clock';
import { InMemoryReadModelStore } from '../readmodel/in-memory-read-model-store';
import type { Projection } from '../projections/projection';
import type { Deadline, PendingItem } from './deadline';
import { DeadlineRunner } from './deadline-runner';

/** A follow-up call due at some moment; the command names the call. */
type Call = PendingItem & { callId: string };
const calls: Projection<Call> = { name: 'toy.calls-due', collection: 'calls_due', indexes: [{ fields: ['dueAt'] }], handles: [], documentId: () => null, evolve: (d) => d };
const callWhenDue: Deadline<Call, string> = { name: 'call-when-due', pending: calls, commandsFor: (item) => [item.callId] };

class Refused extends Error {}

describe('The deadline runner', () => {
  const clock = new ManualClock(new Date('2027-01-10T12:00:00.000Z'));
  const setBy = { eventId: 'e-0', type: 'toy.CallPlanned', correlationId: 'c', globalPosition: 1 } as Call['setBy'];

  async function listed(n: number, dueAt: (i: number) => string, callId = (i: number) => `call-${i}`): Promise<InMemoryReadModelStore> {
    const store = new InMemoryReadModelStore();
    await store.declare('calls_due', calls.indexes ?? []);
    for (let i = 0; i < n; i++) await store.put<Call>('calls_due', `call-${i}`, { callId: callId(i), dueAt: dueAt(i), setBy }, i + 1);
    return store;
  }

  it('fires what is due, earliest first, and nothing due later', async () => {
    const store = await listed(3, (i) => ['2027-01-09T09:00:00.000Z', '2027-01-10T11:00:00.000Z', '2027-01-11T09:00:00.000Z'][i]);
    const dispatched: string[] = [];
    const runner = new DeadlineRunner(store, [callWhenDue], { clock, dispatch: async (c) => void dispatched.push(c) });
    expect(await runner.fireDue()).toBe(2);
    expect(dispatched).toEqual(['call-0', 'call-1']);
  });

  it('is not held up behind a page of items the domain refused: it reads on while items are due', async () => {
    // The 5 earliest are refused for good (moot, say); the 3 behind them are due and must fire, in a batch of 2.
    const store = await listed(8, (i) => `2027-01-0${i + 1}T09:00:00.000Z`, (i) => (i < 5 ? `refused-${i}` : `call-${i}`));
    const dispatched: string[] = [];
    const runner = new DeadlineRunner(store, [callWhenDue], {
      clock,
      batch: 2,
      dispatch: async (c) => {
        if (c.startsWith('refused')) throw new Refused(c);
        dispatched.push(c);
      },
      isRefusal: (e) => e instanceof Refused,
    });
    await runner.fireDue();
    expect(dispatched).toEqual(['call-5', 'call-6', 'call-7']);
    // Refused once, not asked again; the others fire again (their projection has not removed them), which the command handler makes a no-op.
    dispatched.length = 0;
    expect(await runner.fireDue()).toBe(3);
  });
});
