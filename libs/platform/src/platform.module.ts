import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR, Reflector } from '@nestjs/core';
import { systemClock, uuidIds, type Clock, type IdGenerator } from '@homeward/events';
import { AccessLogController } from './access-log/access-log.controller';
import { AccessLogInterceptor } from './access-log/access-log.interceptor';
import { AuthGuard } from './auth/auth.guard';
import { OFFICE_CALENDAR, OfficeCalendar } from './calendar/office-calendar';
import { tokenVerifier } from './auth/jwt';
import type { ServiceConfig } from './config';
import { ErrorFilter } from './http/error.filter';
import { NoBodyInterceptor } from './http/no-body.interceptor';
import type { Infrastructure } from './infrastructure';
import { HealthController } from './observability/health.controller';
import type { Logger } from './observability/logger';
import { HttpMetricsInterceptor, MetricsController, ServiceMetrics } from './observability/metrics';
import { ID_GENERATOR, INFRASTRUCTURE, SERVICE_CONFIG } from './tokens';
import { DEV_CLOCK, type DevClock } from './dev-clock/dev-clock';
import { DevClockController } from './dev-clock/dev-clock.controller';

/** What every service has: auth, errors, health, metrics, and its infrastructure as providers. */
@Module({})
export class PlatformModule {
  static forRoot(config: ServiceConfig, infra: Infrastructure, logger: Logger, clock?: Clock, ids: IdGenerator = uuidIds, devClock?: DevClock, recordAccess = true): DynamicModule {
    const verifier = tokenVerifier(config.auth);
    return {
      module: PlatformModule,
      global: true,
      // The dev clock's calls exist only where it was asked for (embedded mode, HOMEWARD_DEV_CLOCK=1).
      controllers: [HealthController, MetricsController, AccessLogController, ...(devClock ? [DevClockController] : [])],
      providers: [
        { provide: INFRASTRUCTURE, useValue: infra },
        { provide: SERVICE_CONFIG, useValue: config },
        { provide: OFFICE_CALENDAR, useValue: new OfficeCalendar(clock, config.officeTimeZones) },
        { provide: ID_GENERATOR, useValue: ids },
        ...(devClock ? [{ provide: DEV_CLOCK, useValue: devClock }] : []),
        { provide: ServiceMetrics, useValue: new ServiceMetrics(config.service) },
        { provide: APP_GUARD, useFactory: (reflector: Reflector) => new AuthGuard(reflector, verifier), inject: [Reflector] },
        { provide: APP_INTERCEPTOR, useClass: HttpMetricsInterceptor },
        { provide: APP_INTERCEPTOR, useClass: NoBodyInterceptor },
        // Off only where a bench measures what recording costs (startService's `recordAccess: false`).
        ...(recordAccess
          ? [{ provide: APP_INTERCEPTOR, useFactory: (reflector: Reflector) => new AccessLogInterceptor(reflector, infra.accessLog, config.service, clock ?? systemClock), inject: [Reflector] }]
          : []),
        { provide: APP_FILTER, useValue: new ErrorFilter(logger) },
      ],
      exports: [INFRASTRUCTURE, SERVICE_CONFIG, OFFICE_CALENDAR, ID_GENERATOR, ServiceMetrics],
    };
  }
}
