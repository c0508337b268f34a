import { invalidInputBody } from '../validation';
import type { Language } from './negotiate';

interface BodyError {
  type?: string;
  limit?: number;
  encoding?: string;
  charset?: string;
}

type Reason = (e: BodyError) => [en: string, fr: string];

/** What was wrong with a body the parser refused, by the error type body-parser (or our checks) gave it. */
const REASONS: Record<string, Reason> = {
  'entity.parse.failed': () => ['is not valid JSON', "n'est pas du JSON valide"],
  'entity.too.large': (e) => [`is larger than ${e.limit} bytes`, `dépasse ${e.limit} octets`],
  'entity.too.deep': (e) => [`is nested more than ${e.limit} levels deep`, `est imbriqué sur plus de ${e.limit} niveaux`],
  'entity.invalid.utf8': () => ['is not valid UTF-8', "n'est pas de l'UTF-8 valide"],
  'encoding.mismatch': (e) => [`could not be decoded as its Content-Encoding says (${e.encoding})`, `n'a pas pu être décodé comme l'indique son Content-Encoding (${e.encoding})`],
  'encoding.unsupported': (e) => [`is sent with an unsupported Content-Encoding (${e.encoding}); use gzip, deflate, br or none`, `est envoyé avec un Content-Encoding non pris en charge (${e.encoding}) ; utilisez gzip, deflate, br ou aucun`],
  'charset.unsupported': (e) => [`is in charset ${e.charset}; JSON bodies must be UTF-8`, `est en ${e.charset} ; un corps JSON doit être en UTF-8`],
  'request.size.invalid': () => ['does not match its Content-Length', 'ne correspond pas à son Content-Length'],
};

/** An encoding or a charset we do not read is not the body's fault but its media type's. */
const UNSUPPORTED = new Set(['encoding.unsupported', 'charset.unsupported']);

export const bodyErrorStatus = (error: unknown): 400 | 415 => (UNSUPPORTED.has((error as BodyError)?.type ?? '') ? 415 : 400);

/**
 * Express's body parser fails before any DTO: malformed JSON and oversized bodies still
 * name the body as the field. Returns null for anything that is not a body parser error.
 */
export function describeBodyError(error: unknown, language: Language = 'en'): Record<string, unknown> | null {
  const e = error as BodyError;
  if (!e?.type) return null;
  const [en, fr] = Object.hasOwn(REASONS, e.type) ? REASONS[e.type](e) : ['could not be read', "n'a pas pu être lu"];
  const status = bodyErrorStatus(error);
  return { ...invalidInputBody([{ field: 'body', message: language === 'fr' ? fr : en }]), ...(status === 415 && { statusCode: 415, error: 'Unsupported Media Type', code: 'UNSUPPORTED_MEDIA_TYPE' }) };
}
