import { randomBytes } from 'node:crypto';
import { KafkaBroker, topicOf, uuidv7, type RecordedEvent } from '@homeward/events';
import { requireEnv } from '@homeward/events/testing';
import type { RunningService } from '@homeward/platform';
import { monitoringService } from '../../apps/monitoring/src/monitoring.module';
import { eventually, startTestService } from '../testing/test-services';
import { listCases } from './registration-slice.scenario';

/** Issue 10, item 9: a poison event on the topic no longer blocks the events behind it on its partition. */
describe('Distributed mode: an event the consumer refuses is set aside, and the events behind it still arrive', () => {
  requireEnv('HOMEWARD_PG_URL');
  const brokers = requireEnv('HOMEWARD_KAFKA_BROKERS').split(',');
  const namespace = `dl${randomBytes(4).toString('hex')}`;
  let monitoring: RunningService;
  let producer: KafkaBroker;

  beforeAll(async () => {
    monitoring = await startTestService('monitoring', monitoringService, { mode: 'distributed', namespace });
    producer = await KafkaBroker.connect({ brokers, clientId: `${namespace}-producer`, logLevel: 'error', topicPrefix: `${namespace}.` });
  }, 60000);
  afterAll(async () => {
    await producer?.close();
    await monitoring?.close();
  });

  let position = 0;
  const opened = (caseId: string, data: Record<string, unknown> = {}): RecordedEvent => ({
    eventId: uuidv7(), streamId: `case-${caseId}`, streamVersion: 2, globalPosition: ++position, type: 'intake.CaseOpened', schemaVersion: 1,
    occurredAt: new Date().toISOString(), recordedAt: new Date().toISOString(), actor: { userId: 'cm-1', role: 'case_manager' }, country: 'MA',
    correlationId: 'c', causationId: null,
    data: { caseId, returneeId: uuidv7(), hostCountry: 'MA', countryOfOrigin: 'SN', plannedReturnDate: '2026-12-15', caseManagerId: 'cm-1', openedAt: new Date().toISOString(), office: 'MA', ...data },
  });

  it('dead-letters the refused event with its error; a later event on the same partition reaches the case list', async () => {
    const poisonCase = uuidv7();
    const goodCase = uuidv7();
    // Both under the same key: one partition, the good one behind the poison.
    const poison = opened(poisonCase, { openedAt: 'last tuesday' });
    await producer.publish(topicOf('intake'), [{ key: 'shared-key', event: poison }]);
    await producer.publish(topicOf('intake'), [{ key: 'shared-key', event: opened(goodCase) }]);
    const cases = await eventually(() => listCases(monitoring), (list) => list.some((c) => c.caseId === goodCase), 60000);
    expect(cases.map((c) => c.caseId)).toContain(goodCase);
    expect(cases.map((c) => c.caseId)).not.toContain(poisonCase);
    const letters = await monitoring.infra.deadLetters!.list();
    expect(letters).toEqual([expect.objectContaining({ event: expect.objectContaining({ eventId: poison.eventId }), error: expect.stringContaining('openedAt') })]);
  }, 90000);
});
