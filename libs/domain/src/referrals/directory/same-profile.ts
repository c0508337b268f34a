import type { ProviderProfile } from '@homeward/contracts/referrals';

/** The same value whatever the order of its keys (a request and a stored event list them differently). */
const canonical = (value: unknown): unknown =>
  Array.isArray(value)
    ? value.map(canonical)
    : value && typeof value === 'object'
      ? Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined).sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, canonical(v)]))
      : value;

/** Whether an update says nothing new: the whole set as it already is. */
export const sameProfile = (a: ProviderProfile, b: ProviderProfile): boolean => JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
