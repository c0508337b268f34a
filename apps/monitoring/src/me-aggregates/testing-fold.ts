import { applyEvent, type Projection, type RecordedEvent } from '@homeward/events';

let position = 0;

/** An event as the runner hands it, recorded under an office (the envelope's country). */
export const recorded = (event: { type: string; data: object }, country = 'SN'): RecordedEvent =>
  ({ ...event, eventId: `ev-${++position}`, globalPosition: position, streamId: 's', correlationId: 'corr', country }) as unknown as RecordedEvent;

/** The documents a projection holds after these events, by id. */
export function fold<D extends object>(projection: Projection<D>, events: RecordedEvent[]): Record<string, D> {
  const docs: Record<string, D> = {};
  for (const event of events) {
    if (!(projection.handles as readonly string[]).includes(event.type)) continue;
    const id = projection.documentId(event as never);
    if (!id) continue;
    const next = applyEvent(projection, docs[id] ?? null, event);
    if (next) docs[id] = next;
    else delete docs[id];
  }
  return docs;
}
