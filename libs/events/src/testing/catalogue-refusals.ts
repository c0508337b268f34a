import type { EventCatalogue } from '../catalogue/event-catalogue';
import type { NewEvent } from '../envelope';

/**
 * What a context's catalogue refuses among the events its decider produced, each in an envelope
 * as the service appends it: a contract test expects none. `country` is the envelope's.
 */
export function catalogueRefusals(catalogue: EventCatalogue, events: Array<{ type: string; data: object }>, country: string): string[] {
  return events.flatMap((event) => {
    try {
      catalogue.validate(asAppended(event, country));
      return [];
    } catch (error) {
      return [(error as Error).message];
    }
  });
}

/** The event as a consumer receives it: the relay strips `personal` before publishing. */
export function withoutPersonal<E extends { type: string; data: object }>({ type, data }: E): { type: string; data: object } {
  const { personal: _withheld, ...rest } = data as { personal?: unknown };
  return { type, data: rest };
}

/** A decided event in the envelope a service appends it in. */
export function asAppended(event: { type: string; data: object }, country: string): NewEvent {
  return {
    type: event.type,
    occurredAt: '2026-11-02T09:00:00.000Z',
    actor: { userId: 'cm-1', role: 'case_manager' },
    country,
    correlationId: 'corr-1',
    data: event.data as NewEvent['data'],
  };
}
