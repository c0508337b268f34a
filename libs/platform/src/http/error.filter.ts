import { ArgumentsHost, Catch, HttpException, type ExceptionFilter } from '@nestjs/common';
import { DOMAIN_ERROR_STATUS, DomainError } from '@homeward/domain';
import { InvalidEventError, WrongExpectedVersionError } from '@homeward/events';
import type { Logger } from '../observability/logger';

/** One error shape for every service: status, stable code, message, and the fields at fault. */
@Catch()
export class ErrorFilter implements ExceptionFilter {
  constructor(private readonly logger: Logger) {}

  catch(error: unknown, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse<{ status(code: number): { json(body: unknown): void } }>();
    const [status, body] = this.describe(error);
    if (status >= 500) this.logger.error('request failed', (error as Error)?.stack);
    res.status(status).json(body);
  }

  private describe(error: unknown): [number, unknown] {
    if (error instanceof DomainError) {
      const status = DOMAIN_ERROR_STATUS[error.code];
      const message = error.field ? `${error.field}: ${error.message}` : error.message;
      const errors = error.field ? [{ field: error.field, message: error.message }] : [];
      return [status, { statusCode: status, code: error.code, message, errors, ...error.details }];
    }
    if (error instanceof WrongExpectedVersionError) {
      return [409, { statusCode: 409, code: error.code, message: 'The case changed since you read it; reload and try again' }];
    }
    if (error instanceof InvalidEventError) {
      return [422, { statusCode: 422, code: error.code, message: error.message }];
    }
    if (error instanceof HttpException) {
      const response = error.getResponse();
      return [error.getStatus(), typeof response === 'string' ? { statusCode: error.getStatus(), message: response } : response];
    }
    const bodyError = describeBodyError(error);
    if (bodyError) return [400, bodyError];
    return [500, { statusCode: 500, code: 'INTERNAL', message: 'Internal error' }];
  }
}

/** Express's body parser fails before any DTO: malformed JSON and oversized bodies still name the body as the field. */
export function describeBodyError(error: unknown): unknown {
  const e = error as { type?: string; status?: number; limit?: number };
  const message =
    e.type === 'entity.parse.failed' ? 'is not valid JSON'
    : e.type === 'entity.too.large' ? `is larger than ${e.limit} bytes`
    : e.type ? 'could not be read'
    : null;
  if (!message) return null;
  return { statusCode: 400, error: 'Bad Request', code: 'INVALID_INPUT', message: `body: ${message}`, errors: [{ field: 'body', message }] };
}
