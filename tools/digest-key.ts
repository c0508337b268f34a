import { createPrivateKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The Ed25519 key that signs chain digests: HOMEWARD_DIGEST_KEY_FILE (a PKCS#8 PEM kept by the
 * deployment), or else one made on first use under the data directory, as the dev secret is.
 * A deployment that keeps digests for auditors publishes the key's fingerprint somewhere they trust.
 */
export function digestSigningKey(env: NodeJS.ProcessEnv = process.env): { key: KeyObject; file: string; made: boolean } {
  const file = env.HOMEWARD_DIGEST_KEY_FILE ?? join(env.HOMEWARD_DATA_DIR ?? 'data', 'digest-signing-key.pem');
  const made = !existsSync(file);
  if (made) {
    if (env.HOMEWARD_DIGEST_KEY_FILE) throw new Error(`HOMEWARD_DIGEST_KEY_FILE names ${file}, which does not exist`);
    mkdirSync(dirname(file), { recursive: true });
    const { privateKey } = generateKeyPairSync('ed25519');
    writeFileSync(file, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600 });
  }
  return { key: createPrivateKey(readFileSync(file)), file, made };
}
