import { createHash, createPublicKey, sign, verify, type KeyObject } from 'node:crypto';
import type { StreamHead } from '../store/postgres/chain-verifier';

export const DIGEST_FORMAT = 'homeward.chain-digest.v1';

export interface ServiceHeads {
  service: string;
  schema: string;
  events: number;
  heads: StreamHead[];
}

/**
 * The head of every stream of every service at one moment, signed (Ed25519). An auditor keeps
 * it outside the platform; verifying later against it catches what a chain alone cannot: a tail
 * removed, or a stream rewritten from some version on, by someone able to recompute hashes.
 */
export interface ChainDigest {
  format: typeof DIGEST_FORMAT;
  createdAt: string;
  services: ServiceHeads[];
  /** SPKI PEM of the key that signed it; its fingerprint is what an auditor compares. */
  publicKey: string;
  /** Base64 Ed25519 signature over the canonical JSON of every other field. */
  signature: string;
}

export function signDigest(services: ServiceHeads[], privateKey: KeyObject, createdAt = new Date()): ChainDigest {
  const unsigned = { format: DIGEST_FORMAT, createdAt: createdAt.toISOString(), services, publicKey: publicPem(privateKey) } as const;
  return { ...unsigned, signature: sign(null, Buffer.from(canonicalJson(unsigned)), privateKey).toString('base64') };
}

/** The digest's own signature checked; whether its key is one the auditor trusts is the fingerprint's to say. */
export function openDigest(text: string): { digest: ChainDigest; fingerprint: string } {
  const digest = JSON.parse(text) as ChainDigest;
  if (digest.format !== DIGEST_FORMAT) throw new Error(`not a chain digest (format ${String(digest.format)}, expected ${DIGEST_FORMAT})`);
  const { signature, ...unsigned } = digest;
  const key = createPublicKey(digest.publicKey);
  if (!verify(null, Buffer.from(canonicalJson(unsigned)), key, Buffer.from(signature, 'base64'))) {
    throw new Error('the digest does not match its signature: it was changed after it was signed');
  }
  return { digest, fingerprint: fingerprintOf(key) };
}

/** sha256 of the key's DER form, as `sha256:<hex>`. */
export function fingerprintOf(key: KeyObject): string {
  const publicKey = key.type === 'private' ? createPublicKey(key) : key;
  return `sha256:${createHash('sha256').update(publicKey.export({ type: 'spki', format: 'der' })).digest('hex')}`;
}

const publicPem = (privateKey: KeyObject) => createPublicKey(privateKey).export({ type: 'spki', format: 'pem' }).toString();

/** JSON with object keys sorted at every depth: the bytes signed do not depend on how the file was written. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    return `{${entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
