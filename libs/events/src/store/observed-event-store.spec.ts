import { ObservedEventStore } from './observed-event-store';
import { pgliteExecutor } from './postgres/drivers';
import { PostgresEventStore } from './postgres/postgres-event-store';

const event = (text: string) => ({ type: 'toy.Noted', occurredAt: '2026-12-01T09:00:00.000Z', actor: { userId: 'u', role: 'case_manager' as const }, country: 'SN', correlationId: 'c', data: { text } });

describe('A store that wakes the log readers', () => {
  it('tells its listeners after each write that added events, and not after one that failed or added nothing', async () => {
    const store = new ObservedEventStore(await PostgresEventStore.open(await pgliteExecutor(), 'observed'));
    let woken = 0;
    store.onWritten(() => woken++);
    const { events } = await store.appendToStream('s-1', [event('a')], { expectedVersion: 0 });
    expect(woken).toBe(1);
    await expect(store.appendToStream('s-1', [event('b')], { expectedVersion: 0 })).rejects.toThrow();
    expect(woken).toBe(1);
    // A consumer's store imports it: once it adds, the second time (a redelivery) it adds nothing.
    const consumer = new ObservedEventStore(await PostgresEventStore.open(await pgliteExecutor(), 'consumer'));
    let consumerWoken = 0;
    consumer.onWritten(() => consumerWoken++);
    await consumer.importEvents('inbox.x.s-1', events);
    await consumer.importEvents('inbox.x.s-1', events);
    expect(consumerWoken).toBe(1);
    await Promise.all([store.close(), consumer.close()]);
  });
});
