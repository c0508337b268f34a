import { generateKeyPairSync } from 'node:crypto';
import { canonicalJson, fingerprintOf, openDigest, signDigest } from './chain-digest';

describe('A signed chain digest', () => {
  const { privateKey } = generateKeyPairSync('ed25519');
  const services = [{ service: 'intake', schema: 'intake', events: 3, heads: [{ streamId: 'case-1', version: 3, hash: 'ab'.repeat(32) }] }];

  it('opens as written, with the fingerprint of the key that signed it', () => {
    const written = JSON.stringify(signDigest(services, privateKey, new Date('2026-12-03T10:00:00Z')), null, 2);
    const { digest, fingerprint } = openDigest(written);
    expect(digest.services).toEqual(services);
    expect(fingerprint).toBe(fingerprintOf(privateKey));
    expect(fingerprint).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  it('still opens when its keys are reordered or it is re-indented: the signature covers the content, not the layout', () => {
    const digest = signDigest(services, privateKey);
    const reordered = { signature: digest.signature, services: digest.services, publicKey: digest.publicKey, createdAt: digest.createdAt, format: digest.format };
    expect(() => openDigest(JSON.stringify(reordered))).not.toThrow();
  });

  it('is refused once a head in it is changed, as by someone hiding a removed tail', () => {
    const digest = signDigest(services, privateKey);
    digest.services[0].heads[0].version = 2;
    expect(() => openDigest(JSON.stringify(digest))).toThrow(/changed after it was signed/);
  });

  it('re-signed by another key opens, but shows that key: the fingerprint is what an auditor compares', () => {
    const other = generateKeyPairSync('ed25519').privateKey;
    const { fingerprint } = openDigest(JSON.stringify(signDigest(services, other)));
    expect(fingerprint).not.toBe(fingerprintOf(privateKey));
  });

  it('canonical JSON sorts keys at every depth and drops undefined', () => {
    expect(canonicalJson({ b: 1, a: [{ d: 2, c: undefined, b: 'x' }] })).toBe('{"a":[{"b":"x","d":2}],"b":1}');
  });
});
