import type { RecordedEvent } from '../envelope';
import type { EventCatalogue } from '../catalogue/event-catalogue';
import { isSealed, type SealedPersonal } from '../privacy/sealed-personal';

/**
 * What of a stored event goes onto its topic: the public part, at its current schema version, and
 * the personal part only where the event's definition says it travels, and then only as the store
 * sealed it under the person's `personal` key. The relay never holds a personal part in the clear:
 * one that is not sealed (a store without sealing), or sealed under the `sensitive` key, stays behind.
 */
export function topicFormOf(stored: RecordedEvent, catalogue: EventCatalogue): RecordedEvent {
  const { personal, ...publicPart } = stored.data;
  const current = catalogue.upcast({ ...stored, data: publicPart });
  if (!catalogue.personalOnTopic(stored.type) || !sealedForOrganisation(personal)) return current;
  return { ...current, data: { ...current.data, personal } };
}

const sealedForOrganisation = (personal: unknown): personal is SealedPersonal => isSealed(personal) && personal.$sealed.keyClass === 'personal';
