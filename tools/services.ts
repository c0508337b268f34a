import type { ServiceDefinition } from '@homeward/platform';
import { intakeService } from '../apps/intake/src/intake.module';
import { monitoringService } from '../apps/monitoring/src/monitoring.module';
import { planningService } from '../apps/planning/src/planning.module';
import { referralsService } from '../apps/referrals/src/referrals.module';

/**
 * The services of the platform, in start order: embedded start, distributed start and the
 * projections CLI read this list and nothing else. A new context is one line here.
 */
export const SERVICES: readonly ServiceDefinition[] = [intakeService, planningService, referralsService, monitoringService];

export function serviceNamed(name: string | undefined): ServiceDefinition | undefined {
  return SERVICES.find((s) => s.name === name);
}
