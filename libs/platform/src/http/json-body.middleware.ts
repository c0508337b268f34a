import { isUtf8 } from 'node:buffer';
import { json, type NextFunction, type Request, type Response } from 'express';
import type { Logger } from '../observability/logger';
import { bodyErrorStatus, describeBodyError } from './i18n/body-error';
import { negotiateLanguage } from './i18n/negotiate';
import { jsonDepthExceeds } from './json-depth';

/** Far deeper than any form of ours; deep enough nesting overflows the stack of class-transformer. */
export const MAX_JSON_DEPTH = 32;

const refusal = (type: string, fields: Record<string, unknown> = {}) => Object.assign(new Error(type), { type, ...fields });

/**
 * Runs on the raw bytes, after decompression and before JSON.parse. JSON between systems is
 * UTF-8 (RFC 8259 §8.1): other charsets are refused, which also keeps the depth scan byte-wise.
 */
function checkRawJson(_req: unknown, _res: unknown, raw: Buffer, charset: string | null): void {
  if (charset !== 'utf-8' && charset !== 'utf8') throw refusal('charset.unsupported', { charset });
  // body-parser would decode invalid bytes to U+FFFD and store text nobody sent.
  if (!isUtf8(raw)) throw refusal('entity.invalid.utf8');
  if (jsonDepthExceeds(raw, MAX_JSON_DEPTH)) throw refusal('entity.too.deep', { limit: MAX_JSON_DEPTH });
}

/** A body that does not inflate as its Content-Encoding says fails in zlib, without a type. */
function untyped(req: Request): { type: string; encoding?: string } {
  const encoding = req.headers['content-encoding'];
  return encoding && encoding.toLowerCase() !== 'identity' ? { type: 'encoding.mismatch', encoding } : { type: 'entity.unreadable' };
}

/**
 * Parses JSON bodies up to a size and a depth. Parser failures happen before Nest's pipeline sees
 * the request, so they are answered here, in the same shape and languages as every other 400, and
 * logged as the client's mistake (one line, no stack): anyone can send them, before authentication.
 */
export function jsonBody(limit: string, logger?: Logger) {
  const parse = json({ limit, verify: checkRawJson });
  return (req: Request, res: Response, next: NextFunction) =>
    parse(req, res, (error?: unknown) => {
      if (!error) return next();
      const typed = (error as { type?: string }).type ? error : Object.assign(error as object, untyped(req));
      const language = negotiateLanguage(req.headers['accept-language']);
      const body = describeBodyError(typed, language)!;
      const status = bodyErrorStatus(typed);
      logger?.info('request body refused', { status, reason: (typed as { type: string }).type, method: req.method, path: req.path });
      res.setHeader('Content-Language', language);
      res.status(status).json(body);
    });
}
