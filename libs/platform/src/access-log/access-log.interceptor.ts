import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import type { Reflector } from '@nestjs/core';
import type { Clock } from '@homeward/events';
import { tap, type Observable } from 'rxjs';
import type { Principal } from '../auth/principal';
import { currentCorrelationId } from '../observability/request-context';
import { purposeOf } from './access-purpose';
import type { BufferedAccessLog } from './buffered-access-log';
import { ACCESS_RECORDED, caseIdsOf, type AccessRecorded } from './records-access.decorator';

interface Request {
  principal?: Principal;
  headers: Record<string, string | string[] | undefined>;
  params?: Record<string, unknown>;
  query?: Record<string, unknown>;
}

/**
 * Records each successful answer of a @RecordsAccess method: after the handler answered, never
 * before (a refused or failed read showed nothing), and without waiting for the write. The purpose
 * is checked before the handler runs, so a read under an unknown purpose shows nothing either.
 */
@Injectable()
export class AccessLogInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    private readonly log: Pick<BufferedAccessLog, 'record'>,
    private readonly service: string,
    private readonly clock: Clock,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const recorded = this.reflector.get<AccessRecorded | undefined>(ACCESS_RECORDED, context.getHandler());
    if (!recorded) return next.handle();
    const request = context.switchToHttp().getRequest<Request>();
    const principal = request.principal;
    // Every recorded read is authenticated (the guard ran); a public one would have no one to record.
    if (!principal) return next.handle();
    const purpose = purposeOf(request.headers['homeward-purpose'], principal.role);
    const correlationId = currentCorrelationId() ?? 'none';
    return next.handle().pipe(
      tap((answer) => {
        const at = this.clock.now().toISOString();
        const who = { userId: principal.userId, role: principal.role, ...(principal.organisationId ? { organisationId: principal.organisationId } : {}) };
        for (const caseId of caseIdsOf(recorded.from, request, answer)) {
          this.log.record({ at, ...who, service: this.service, what: recorded.what, caseId, purpose, correlationId });
        }
      }),
    );
  }
}
