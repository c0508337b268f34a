import { invalidInputBody } from '../validation';
import type { Language } from './negotiate';

/**
 * Express's body parser fails before any DTO: malformed JSON and oversized bodies still
 * name the body as the field. Returns null for anything that is not a body parser error.
 */
export function describeBodyError(error: unknown, language: Language = 'en'): Record<string, unknown> | null {
  const e = error as { type?: string; limit?: number };
  if (!e?.type) return null;
  const [en, fr] =
    e.type === 'entity.parse.failed' ? ['is not valid JSON', "n'est pas du JSON valide"]
    : e.type === 'entity.too.large' ? [`is larger than ${e.limit} bytes`, `dépasse ${e.limit} octets`]
    : ['could not be read', "n'a pas pu être lu"];
  return invalidInputBody([{ field: 'body', message: language === 'fr' ? fr : en }]);
}
