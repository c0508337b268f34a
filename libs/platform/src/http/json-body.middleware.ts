import { json, type NextFunction, type Request, type Response } from 'express';
import { describeBodyError } from './error.filter';

/**
 * Parses JSON bodies up to a limit. Parser failures happen before Nest's pipeline sees
 * the request, so they are answered here, in the same shape as every other 400.
 */
export function jsonBody(limit: string) {
  const parse = json({ limit });
  return (req: Request, res: Response, next: NextFunction) =>
    parse(req, res, (error?: unknown) => {
      if (!error) return next();
      const body = describeBodyError(error);
      if (!body) return next(error);
      res.status(400).json(body);
    });
}
