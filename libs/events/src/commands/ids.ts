import { uuidv7 } from '../uuid';

/** Where new ids come from: UUIDv7 in production, a readable sequence in tests. */
export type IdGenerator = () => string;

export const uuidIds: IdGenerator = uuidv7;

/** `prefix-1`, `prefix-2`, …: ids a test can name in advance. */
export const sequentialIds = (prefix = 'id'): IdGenerator => {
  let n = 0;
  return () => `${prefix}-${++n}`;
};
