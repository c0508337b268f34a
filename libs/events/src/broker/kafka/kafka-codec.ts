import type { IHeaders, KafkaMessage, Message } from 'kafkajs';
import type { RecordedEvent } from '../../envelope';
import type { IncomingMessage, OutgoingMessage } from '../message-broker.port';

/**
 * The wire format: the key is the case id, the value the RecordedEvent as JSON. Headers
 * repeat a few envelope fields so that tools (and data teams' connectors) can route and
 * filter without parsing the value; the value stays the single source of truth.
 */
export function toKafkaMessage({ key, event }: OutgoingMessage): Message {
  return {
    key,
    value: JSON.stringify(event),
    headers: {
      'event-type': event.type,
      'schema-version': String(event.schemaVersion),
      'event-id': event.eventId,
      'correlation-id': event.correlationId,
      'content-type': 'application/json',
    },
  };
}

export class UndecodableMessageError extends Error {
  override readonly name = 'UndecodableMessageError';
}

export function fromKafkaMessage(topic: string, partition: number, message: KafkaMessage): IncomingMessage {
  const event = parseEvent(message.value);
  return { topic, partition, offset: message.offset, key: message.key?.toString('utf8') ?? '', event };
}

function parseEvent(value: Buffer | null): RecordedEvent {
  if (!value) throw new UndecodableMessageError('message has no value');
  let parsed: unknown;
  try {
    parsed = JSON.parse(value.toString('utf8'));
  } catch (error) {
    throw new UndecodableMessageError(`value is not JSON: ${(error as Error).message}`);
  }
  if (!isEventLike(parsed)) throw new UndecodableMessageError('value is not a recorded event');
  return parsed;
}

function isEventLike(value: unknown): value is RecordedEvent {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.eventId === 'string' && typeof v.type === 'string' && typeof v.streamId === 'string' && typeof v.data === 'object';
}

/** Header values as strings, for tests and diagnostics. */
export function headerText(headers: IHeaders | undefined, name: string): string | undefined {
  const value = headers?.[name];
  const first = Array.isArray(value) ? value[0] : value;
  return first === undefined ? undefined : first.toString();
}
