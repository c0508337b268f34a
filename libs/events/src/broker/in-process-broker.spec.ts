import { randomUUID } from 'node:crypto';
import { messageBrokerContract } from '../testing/message-broker.contract';
import { uuidv7 } from '../uuid';
import type { IncomingMessage, OutgoingMessage } from './message-broker.port';
import { InProcessBroker } from './in-process-broker';

messageBrokerContract('in-process', async () => ({
  broker: new InProcessBroker(),
  newTopic: async () => `contract.${randomUUID()}`,
}));

const note = (key: string, streamVersion: number): OutgoingMessage => ({
  key,
  event: {
    eventId: uuidv7(), streamId: `case-${key}`, streamVersion, globalPosition: streamVersion, type: 'test.NoteTaken', schemaVersion: 1,
    occurredAt: '2026-11-01T10:00:00.000Z', recordedAt: '2026-11-01T10:00:00.000Z', actor: { userId: 'u-1', role: 'case_manager' },
    country: 'SN', correlationId: 'c-1', causationId: null, data: {},
  },
});

describe('The in-process broker keeps a log per topic, as Kafka does', () => {
  it('resumes a group that comes back from where it stopped, not from the beginning', async () => {
    const broker = new InProcessBroker();
    const seen: IncomingMessage[] = [];
    const first = await broker.subscribe({ groupId: 'monitoring', topics: ['t'], handle: async (m) => void seen.push(m) });
    await broker.publish('t', [note('a', 1), note('a', 2)]);
    await first.close();
    await broker.publish('t', [note('a', 3)]);
    expect(seen.map((m) => m.event.streamVersion)).toEqual([1, 2]);
    await broker.subscribe({ groupId: 'monitoring', topics: ['t'], handle: async (m) => void seen.push(m) });
    await broker.publish('t', [note('a', 4)]);
    expect(seen.map((m) => m.event.streamVersion)).toEqual([1, 2, 3, 4]);
    await broker.close();
  });

  it('logs a message the relay publishes again after a failure once, and delivers it once it is handled', async () => {
    const broker = new InProcessBroker();
    let fail = true;
    const seen: number[] = [];
    await broker.subscribe({ groupId: 'g', topics: ['t'], handle: async (m) => { if (fail) throw new Error('down'); seen.push(m.event.streamVersion); } });
    const messages = [note('a', 1), note('a', 2)];
    await expect(broker.publish('t', messages)).rejects.toThrow('down');
    fail = false;
    await broker.publish('t', messages);
    expect(seen).toEqual([1, 2]);
    await broker.close();
  });

  it('lets one group fail without holding back another', async () => {
    const broker = new InProcessBroker();
    const healthy: number[] = [];
    await broker.subscribe({ groupId: 'broken', topics: ['t'], handle: async () => { throw new Error('bug'); } });
    await broker.subscribe({ groupId: 'healthy', topics: ['t'], handle: async (m) => void healthy.push(m.event.streamVersion) });
    await expect(broker.publish('t', [note('a', 1)])).rejects.toThrow('bug');
    expect(healthy).toEqual([1]);
    await broker.close();
  });
});
