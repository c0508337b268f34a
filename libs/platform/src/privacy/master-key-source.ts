import { closeSync, mkdirSync, openSync, readFileSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { MasterKey } from '@homeward/events';
import type { ServiceConfig } from '../config';

/**
 * The master key from configuration, or from its file, made on first use (as the dev secret is)
 * so that `npm start` needs nothing set. Created exclusively: instances starting together on one
 * machine end up with the same key. Instances on several machines must be given the same key.
 */
export function masterKeyOf({ masterKey }: Pick<ServiceConfig, 'masterKey'>): MasterKey {
  if (masterKey.value) return MasterKey.parse(masterKey.value);
  try {
    mkdirSync(dirname(masterKey.file), { recursive: true });
    const fd = openSync(masterKey.file, 'wx', 0o600);
    writeSync(fd, `${MasterKey.generate()}\n`);
    closeSync(fd);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  return MasterKey.parse(readFileSync(masterKey.file, 'utf8'));
}
