import type { LoggerService } from '@nestjs/common';
import pino from 'pino';
import { readableLines } from './readable-lines';
import { requestContext } from './request-context';

export interface Logger extends LoggerService {
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
}

export type LogFormat = 'json' | 'readable';

const NEST_START_UP = new Set(['NestFactory', 'InstanceLoader', 'RoutesResolver', 'RouterExplorer', 'NestApplication']);

/**
 * One line per event on stdout, each with the service and the request's correlation id: JSON for
 * machines (the default), or a readable line for a person at a terminal.
 */
export function createLogger(service: string, level = process.env.HOMEWARD_LOG_LEVEL ?? 'info', format: LogFormat = 'json'): Logger {
  const options = {
    level,
    base: { service },
    mixin: () => {
      const ctx = requestContext.getStore();
      return ctx ? { correlationId: ctx.correlationId, userId: ctx.userId } : {};
    },
  };
  const base = format === 'readable' ? pino(options, readableLines()) : pino(options);
  const fieldsOf = (context: unknown) => (typeof context === 'string' ? { context } : (context as Record<string, unknown>));
  return {
    // Nest's own start-up chatter (each module, route and mapping) is for debugging, not for every start.
    log: (message: unknown, context?: unknown) =>
      NEST_START_UP.has(String(context)) ? base.debug(fieldsOf(context), String(message)) : base.info(fieldsOf(context), String(message)),
    info: (message, fields) => base.info(fields ?? {}, message),
    warn: (message: unknown, fields?: unknown) => base.warn(fieldsOf(fields), String(message)),
    error: (message: unknown, trace?: unknown, context?: unknown) => base.error({ trace, context }, String(message)),
    debug: (message: unknown, context?: unknown) => base.debug(fieldsOf(context), String(message)),
    verbose: (message: unknown, context?: unknown) => base.trace(fieldsOf(context), String(message)),
  };
}
