import type { RecordedEvent } from '../envelope';
import type { EventCatalogue } from '../catalogue/event-catalogue';
import { InvalidEventError } from '../errors';
import { isSealed, type SealedPersonal } from './sealed-personal';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

/**
 * An event received from another service as its schema can check it. A personal part arrives sealed,
 * and nobody can check what they cannot read: its producer checked it before sealing. So the schema
 * checks the rest, and the seal itself must be well formed, under a `personal` key, on a type whose
 * personal part travels: anything else would sit in the inbox and fail every read after it.
 */
export function checkableOnReceipt(event: RecordedEvent, catalogue: EventCatalogue): RecordedEvent {
  const { personal, ...publicPart } = event.data;
  if (!isSealed(personal)) return event;
  const problems = sealProblems(personal);
  if (!catalogue.personalOnTopic(event.type)) problems.push('data/personal is sealed on a type whose personal part does not travel');
  if (problems.length) throw new InvalidEventError(event.type, problems);
  return { ...event, data: publicPart };
}

function sealProblems(personal: SealedPersonal): string[] {
  const sealed: unknown = personal.$sealed;
  if (typeof sealed !== 'object' || sealed === null || Object.keys(personal).length !== 1) return ['data/personal is not a sealed part'];
  const { keyId, keyClass, iv, data, ...extra } = sealed as Record<string, unknown>;
  const problems: string[] = [];
  if (typeof keyId !== 'string' || !UUID.test(keyId)) problems.push('data/personal/$sealed/keyId must be a key id');
  if (keyClass !== 'personal') problems.push('data/personal/$sealed/keyClass must be personal');
  if (typeof iv !== 'string' || iv.length !== 16 || !BASE64.test(iv)) problems.push('data/personal/$sealed/iv must be 12 bytes in base64');
  // At least the 16-byte authentication tag.
  if (typeof data !== 'string' || data.length < 24 || !BASE64.test(data)) problems.push('data/personal/$sealed/data must be sealed bytes in base64');
  if (Object.keys(extra).length) problems.push(`data/personal/$sealed must not have ${Object.keys(extra).join(', ')}`);
  return problems;
}
