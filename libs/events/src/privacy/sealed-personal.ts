import { createCipheriv, createDecipheriv } from 'node:crypto';
import { randomBytesPooled } from '../random-pool';
import type { DataKey, KeyClass } from './key-store.port';

/**
 * An event's personal part as it is stored and may travel: AES-256-GCM under one data key of the
 * person, whose id it names. The event's own id is the additional data, so a sealed part moved onto
 * another event does not open.
 */
export type SealedPersonal = {
  $sealed: { keyId: string; keyClass: KeyClass; iv: string; data: string };
};

export const isSealed = (personal: unknown): personal is SealedPersonal =>
  typeof personal === 'object' && personal !== null && '$sealed' in personal;

export function seal(personal: Record<string, unknown>, key: DataKey, keyClass: KeyClass, eventId: string): SealedPersonal {
  const iv = randomBytesPooled(12);
  // Event ids are ASCII (uuids): latin1 is the same bytes as utf8, encoded without a scan.
  const cipher = createCipheriv('aes-256-gcm', key.key, iv).setAAD(Buffer.from(eventId, 'latin1'));
  const sealed = Buffer.concat([cipher.update(JSON.stringify(personal), 'utf8'), cipher.final(), cipher.getAuthTag()]);
  return { $sealed: { keyId: key.keyId, keyClass, iv: iv.toString('base64'), data: sealed.toString('base64') } };
}

export function open(sealed: SealedPersonal, key: Buffer, eventId: string): Record<string, unknown> {
  const { iv, data } = sealed.$sealed;
  const bytes = Buffer.from(data, 'base64');
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64')).setAAD(Buffer.from(eventId, 'latin1'));
  decipher.setAuthTag(bytes.subarray(bytes.length - 16));
  // GCM is a stream mode: update yields the whole plaintext and final only checks the tag (this runs for every event of every read).
  const plain = decipher.update(bytes.subarray(0, bytes.length - 16));
  const rest = decipher.final();
  return JSON.parse((rest.length ? Buffer.concat([plain, rest]) : plain).toString('utf8')) as Record<string, unknown>;
}

/**
 * Puts the sealed part on the event's data so that it is opened when first read, not before: most
 * readers of a history (a decider's fold, a projection of another field) never look at most events'
 * personal parts, and opening is the one cost per event a read adds. The key is the one the read
 * found, so what the part says does not depend on when it is looked at; assigning replaces it.
 */
export function openWhenRead(data: { personal?: unknown }, sealed: SealedPersonal, key: Buffer, eventId: string): void {
  let opened: unknown;
  let done = false;
  Object.defineProperty(data, 'personal', {
    enumerable: true,
    configurable: true,
    get: () => {
      if (!done) {
        opened = open(sealed, key, eventId);
        done = true;
      }
      return opened;
    },
    set: (value: unknown) => {
      opened = value;
      done = true;
    },
  });
}
