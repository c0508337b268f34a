import type { KafkaMessage } from 'kafkajs';
import type { RecordedEvent } from '../../envelope';
import { fromKafkaMessage, headerText, toKafkaMessage, UndecodableMessageError } from './kafka-codec';

const event: RecordedEvent = {
  eventId: '01a20865-b0ad-76ae-8a63-0572950c0a0f', streamId: 'case-7', streamVersion: 3, globalPosition: 99,
  type: 'case.Opened', schemaVersion: 2, occurredAt: '2026-11-01T10:00:00.000Z', recordedAt: '2026-11-01T10:00:01.000Z',
  actor: { userId: 'u-1', role: 'case_manager' }, country: 'SN', correlationId: 'corr-1', causationId: null,
  data: { text: 'café ✓' },
};

const received = (value: string | null, key: string | null = '7'): KafkaMessage => ({
  key: key === null ? null : Buffer.from(key), value: value === null ? null : Buffer.from(value),
  offset: '12', timestamp: '0', attributes: 0, headers: {},
});

describe('kafka codec', () => {
  it('writes the key, the event as JSON and identity headers, and reads the same event back', () => {
    const wire = toKafkaMessage({ key: '7', event });
    expect(wire.key).toBe('7');
    expect(headerText(wire.headers, 'event-type')).toBe('case.Opened');
    expect(headerText(wire.headers, 'schema-version')).toBe('2');
    expect(headerText(wire.headers, 'event-id')).toBe(event.eventId);
    expect(headerText(wire.headers, 'correlation-id')).toBe('corr-1');

    const back = fromKafkaMessage('homeward.intake.events', 1, received(String(wire.value)));
    expect(back).toEqual({ topic: 'homeward.intake.events', partition: 1, offset: '12', key: '7', event });
  });

  it('refuses values that are not recorded events', () => {
    for (const value of [null, 'not json', '42', JSON.stringify({ eventId: 'x' })]) {
      expect(() => fromKafkaMessage('t', 0, received(value))).toThrow(UndecodableMessageError);
    }
  });
});
