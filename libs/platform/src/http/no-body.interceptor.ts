import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import type { Observable } from 'rxjs';
import { badRequest } from './validation';

const BODY_PARAMS = new Set([String(RouteParamtypes.BODY), String(RouteParamtypes.RAW_BODY)]);

/** Whether a handler reads the body, from the parameters Nest's decorators recorded (`3:0` is @Body() first). */
function takesBody(controller: object, handler: string): boolean {
  const args: Record<string, unknown> = Reflect.getMetadata(ROUTE_ARGS_METADATA, controller, handler) ?? {};
  return Object.keys(args).some((key) => BODY_PARAMS.has(key.split(':')[0]));
}

const isEmpty = (body: unknown) =>
  body === undefined || (typeof body === 'object' && body !== null && !Array.isArray(body) && Object.keys(body).length === 0);

/**
 * A handler that takes no body refuses one (start, resume, reads): what a caller sends there
 * would be dropped unread, so it is more likely a request meant for another endpoint.
 * No body and `{}` are no body.
 */
@Injectable()
export class NoBodyInterceptor implements NestInterceptor {
  private readonly known = new WeakMap<object, boolean>();

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const handler = context.getHandler();
    if (!this.known.has(handler)) this.known.set(handler, takesBody(context.getClass(), handler.name));
    if (!this.known.get(handler) && !isEmpty(context.switchToHttp().getRequest<{ body?: unknown }>().body)) {
      throw badRequest([{ field: 'body', message: 'must be empty: this endpoint takes no body', fr: 'doit être vide : cette requête ne prend pas de corps' }]);
    }
    return next.handle();
  }
}
