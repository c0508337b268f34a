import type { OutgoingMessage } from '../broker/message-broker.port';
import { uuidv7 } from '../uuid';

/** A message as the relay publishes it: the test catalogue's note (v2) on `case-<key>`, keyed by the case. */
export function noteMessage(key: string): OutgoingMessage {
  const at = new Date().toISOString();
  return {
    key,
    event: {
      eventId: uuidv7(), streamId: `case-${key}`, streamVersion: 1, globalPosition: 1, type: 'test.NoteTaken', schemaVersion: 2,
      occurredAt: at, recordedAt: at, actor: { userId: 'u-1', role: 'case_manager' }, country: 'SN',
      correlationId: uuidv7(), causationId: null, data: { text: 'hello', channel: 'phone' },
    },
  };
}
