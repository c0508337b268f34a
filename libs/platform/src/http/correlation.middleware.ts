import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import { requestContext } from '../observability/request-context';

const HEADER = 'x-correlation-id';

/** Takes the caller's correlation id (or makes one), echoes it, and scopes the request's work to it. */
export function correlationMiddleware(req: Request, res: Response, next: NextFunction): void {
  const given = req.header(HEADER);
  const correlationId = given && /^[\w.-]{1,100}$/.test(given) ? given : randomUUID();
  res.setHeader(HEADER, correlationId);
  requestContext.run({ correlationId }, () => next());
}
