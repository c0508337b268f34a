import { json, type NextFunction, type Request, type Response } from 'express';
import { describeBodyError } from './i18n/body-error';
import { negotiateLanguage } from './i18n/negotiate';

/**
 * Parses JSON bodies up to a limit. Parser failures happen before Nest's pipeline sees
 * the request, so they are answered here, in the same shape and languages as every other 400.
 */
export function jsonBody(limit: string) {
  const parse = json({ limit });
  return (req: Request, res: Response, next: NextFunction) =>
    parse(req, res, (error?: unknown) => {
      if (!error) return next();
      const language = negotiateLanguage(req.headers['accept-language']);
      const body = describeBodyError(error, language);
      if (!body) return next(error);
      res.setHeader('Content-Language', language);
      res.status(400).json(body);
    });
}
