import type { LoggerService } from '@nestjs/common';
import pino from 'pino';
import { requestContext } from './request-context';

export interface Logger extends LoggerService {
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
}

/** JSON lines on stdout, one per event, each with the service and the request's correlation id. */
export function createLogger(service: string, level = process.env.HOMEWARD_LOG_LEVEL ?? 'info'): Logger {
  const base = pino({
    level,
    base: { service },
    mixin: () => {
      const ctx = requestContext.getStore();
      return ctx ? { correlationId: ctx.correlationId, userId: ctx.userId } : {};
    },
  });
  const fieldsOf = (context: unknown) => (typeof context === 'string' ? { context } : (context as Record<string, unknown>));
  return {
    log: (message: unknown, context?: unknown) => base.info(fieldsOf(context), String(message)),
    info: (message, fields) => base.info(fields ?? {}, message),
    warn: (message: unknown, fields?: unknown) => base.warn(fieldsOf(fields), String(message)),
    error: (message: unknown, trace?: unknown, context?: unknown) => base.error({ trace, context }, String(message)),
    debug: (message: unknown, context?: unknown) => base.debug(fieldsOf(context), String(message)),
    verbose: (message: unknown, context?: unknown) => base.trace(fieldsOf(context), String(message)),
  };
}
