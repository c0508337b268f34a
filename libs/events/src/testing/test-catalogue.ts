import { EventCatalogue } from '../catalogue/event-catalogue';
import type { NewEvent } from '../envelope';
import { uuidv7 } from '../uuid';

/** A small catalogue for the contract suites: one event type with two schema versions. */
export const testCatalogue = new EventCatalogue([
  {
    type: 'test.NoteTaken',
    context: 'monitoring',
    description: 'A note in a test stream',
    versions: {
      1: {
        type: 'object',
        additionalProperties: false,
        required: ['text'],
        properties: { text: { type: 'string' }, personal: { type: 'object' } },
      },
      2: {
        type: 'object',
        additionalProperties: false,
        required: ['text', 'channel'],
        properties: { text: { type: 'string' }, channel: { enum: ['phone', 'face_to_face'] }, personal: { type: 'object' } },
      },
    },
    upcasters: { 1: (data) => ({ ...data, channel: 'face_to_face' }) },
  },
]);

export function note(text: string, extra: Partial<NewEvent> = {}): NewEvent {
  return {
    type: 'test.NoteTaken',
    occurredAt: '2026-11-01T10:00:00.000Z',
    actor: { userId: 'u-1', role: 'case_manager' },
    country: 'SN',
    correlationId: uuidv7(),
    data: { text, channel: 'phone' },
    ...extra,
  };
}
