import type { Language } from './i18n/negotiate';

/**
 * An error that knows its own HTTP status and says itself in every language we answer in: a
 * bounded context's broken rule, with the entry of its context's catalogue. The filter reads it
 * by its shape, so the platform knows no context's codes and a new context edits nothing here.
 */
export interface LocalisedError {
  readonly code: string;
  readonly status: number;
  /** The field at fault, named in the message and in `errors`. */
  readonly field?: string;
  /** Extra facts for the caller, spread into the body (the existing records behind a likely duplicate). */
  readonly details?: Record<string, unknown>;
  /** The text without the field name. */
  messageIn(language: Language): string;
}

export function isLocalisedError(error: unknown): error is LocalisedError {
  if (!(error instanceof Error)) return false;
  const e = error as Error & Partial<LocalisedError>;
  return typeof e.code === 'string' && Number.isInteger(e.status) && typeof e.messageIn === 'function';
}

/** The one error body, in one language. */
export function localisedBody(error: LocalisedError, language: Language): Record<string, unknown> {
  const text = error.messageIn(language);
  const message = error.field ? `${error.field}: ${text}` : text;
  const errors = error.field ? [{ field: error.field, message: text }] : [];
  return { statusCode: error.status, code: error.code, message, errors, ...error.details };
}
