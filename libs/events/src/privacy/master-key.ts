import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { randomBytesPooled } from '../random-pool';

const IV = 12;
const TAG = 16;

/**
 * The key that wraps every data key (AES-256-GCM, key wrapping by authenticated encryption). It
 * comes from configuration and never reaches a database; a KMS would hold it instead and do these
 * two operations itself. The additional data binds a wrapped key to its row: a wrapped key copied
 * onto another person's row does not unwrap.
 */
export class MasterKey {
  private constructor(private readonly key: Buffer) {}

  /** 32 bytes, given as 64 hex digits or as base64. */
  static parse(text: string): MasterKey {
    const trimmed = text.trim();
    const key = /^[0-9a-f]{64}$/i.test(trimmed) ? Buffer.from(trimmed, 'hex') : Buffer.from(trimmed, 'base64');
    if (key.length !== 32) throw new Error('the master key must be 32 bytes (64 hex digits or base64)');
    return new MasterKey(key);
  }

  static generate(): string {
    return randomBytes(32).toString('hex');
  }

  wrap(dataKey: Buffer, boundTo: string): Buffer {
    const iv = randomBytesPooled(IV);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv).setAAD(Buffer.from(boundTo));
    const sealed = Buffer.concat([cipher.update(dataKey), cipher.final()]);
    return Buffer.concat([iv, cipher.getAuthTag(), sealed]);
  }

  unwrap(wrapped: Buffer, boundTo: string): Buffer {
    const decipher = createDecipheriv('aes-256-gcm', this.key, wrapped.subarray(0, IV)).setAAD(Buffer.from(boundTo));
    decipher.setAuthTag(wrapped.subarray(IV, IV + TAG));
    return Buffer.concat([decipher.update(wrapped.subarray(IV + TAG)), decipher.final()]);
  }
}
