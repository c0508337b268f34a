import { ArgumentsHost, Catch, HttpException, HttpStatus, type ExceptionFilter } from '@nestjs/common';
import { InvalidEventError, PersonalDataErased, WrongExpectedVersionError } from '@homeward/events';
import type { Logger } from '../observability/logger';
import { bodyErrorStatus, describeBodyError } from './i18n/body-error';
import { inFrench } from './i18n/localise';
import { negotiateLanguage } from './i18n/negotiate';
import { isLocalisedError, localisedBody } from './localised-error';

interface ErrorResponse {
  setHeader(name: string, value: string): void;
  status(code: number): { json(body: unknown): void };
}

/**
 * One error shape for every service: status, stable code, message, and the fields at fault.
 * Messages are in English, or in French when the caller's Accept-Language prefers it. A context's
 * broken rule brings its own status and texts; the platform's own errors are described here.
 */
@Catch()
export class ErrorFilter implements ExceptionFilter {
  constructor(private readonly logger: Logger) {}

  catch(error: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const [status, english] = this.describe(error);
    if (status >= 500) this.logger.error('request failed', (error as Error)?.stack);
    const request = http.getRequest<{ headers?: Record<string, string | string[] | undefined> }>();
    const language = negotiateLanguage(request?.headers?.['accept-language']);
    const french = language === 'fr' ? inFrench(error, english) : undefined;
    const res = http.getResponse<ErrorResponse>();
    res.setHeader('Content-Language', french ? 'fr' : 'en');
    res.status(status).json(french ?? english);
  }

  private describe(error: unknown): [number, Record<string, unknown>] {
    if (isLocalisedError(error)) return [error.status, localisedBody(error, 'en')];
    if (error instanceof WrongExpectedVersionError) {
      return [409, { statusCode: 409, code: error.code, message: 'The case changed since you read it; reload and try again' }];
    }
    if (error instanceof PersonalDataErased) {
      // Not the person's id: the caller named the case, and the answer need say no more.
      return [409, { statusCode: 409, code: error.code, message: "The returnee's personal data was erased: nothing personal is recorded about them any more" }];
    }
    if (error instanceof InvalidEventError) {
      return [422, { statusCode: 422, code: error.code, message: error.message }];
    }
    if (error instanceof HttpException) {
      // Every error body has its status and a code, whoever threw it (the guard's carry a code, Nest's own not).
      const status = error.getStatus();
      const response = error.getResponse();
      const body = typeof response === 'string' ? { message: response } : (response as Record<string, unknown>);
      return [status, { statusCode: status, code: HttpStatus[status] ?? 'ERROR', ...body }];
    }
    const bodyError = describeBodyError(error);
    if (bodyError) return [bodyErrorStatus(error), bodyError];
    return [500, { statusCode: 500, code: 'INTERNAL', message: 'Internal error' }];
  }
}
