import type { FieldProblem } from './validation';

/** Keys that would reach an object's prototype; the validation pipe would drop them silently. */
const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * The prototype keys of a request as it was parsed, at any depth, each named like any other
 * unknown field: they are refused, not dropped, so a caller learns the form is wrong.
 */
export function prototypeKeyProblems(value: unknown, path = ''): FieldProblem[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => prototypeKeyProblems(item, join(path, String(i))));
  if (value === null || typeof value !== 'object') return [];
  return Object.keys(value).flatMap((key) => [
    ...(PROTOTYPE_KEYS.has(key) ? [{ field: join(path, key), message: `property ${key} should not exist`, constraint: 'whitelistValidation' }] : []),
    ...prototypeKeyProblems((value as Record<string, unknown>)[key], join(path, key)),
  ]);
}

const join = (path: string, key: string) => (path ? `${path}.${key}` : key);
