import { MethodNotAllowedException } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';

/** What we read of Express's router (the `router` package): its layers and their routes. */
interface RouteLayer {
  match(path: string): unknown;
  route?: { _handlesMethod(method: string): boolean; _methods(): string[] };
}
interface ExpressApp {
  router: { stack: RouteLayer[] };
}

/**
 * A path we serve, asked with a method it does not take (TRACE, DELETE…), answers 405 with the
 * methods it takes in Allow (RFC 9110 §15.5.6), instead of the 404 Express would give. Unknown
 * paths still fall through to 404. The routes are read at each request: Nest registers them after
 * this middleware, and there are few.
 */
export function methodNotAllowed(app: ExpressApp) {
  return (req: Request, res: Response, next: NextFunction) => {
    const allowed = new Set<string>();
    for (const layer of app.router.stack) {
      if (!layer.route || !matches(layer, req.path)) continue;
      if (layer.route._handlesMethod(req.method)) return next();
      for (const method of layer.route._methods()) allowed.add(method);
    }
    if (!allowed.size) return next();
    const allow = [...allowed].join(', ');
    res.setHeader('Allow', allow);
    next(new MethodNotAllowedException({ statusCode: 405, code: 'METHOD_NOT_ALLOWED', message: `${req.method} is not allowed here; allowed: ${allow}` }));
  };
}

function matches(layer: RouteLayer, path: string): boolean {
  try {
    return Boolean(layer.match(path));
  } catch {
    // A parameter that does not decode (a stray %): the router answers it when it gets there.
    return false;
  }
}
