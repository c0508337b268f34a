import 'reflect-metadata';
import { InProcessBroker, type BoundedContext } from '@homeward/events';
import { configFromEnv, startService, type RunningService, type ServiceDefinition } from '@homeward/platform';
import { intakeService } from '../apps/intake/src/intake.module';
import { monitoringService } from '../apps/monitoring/src/monitoring.module';
import { planningService } from '../apps/planning/src/planning.module';
import { referralsService } from '../apps/referrals/src/referrals.module';
import { devSecret } from './dev-secret';

/**
 * All four services in one process: PGlite under ./data, one in-process broker, read
 * models in memory (rebuilt from each service's log at start). Consumers start before
 * producers so that no relayed event finds its group not yet subscribed.
 */
const ORDER: Array<[BoundedContext, ServiceDefinition]> = [
  ['monitoring', monitoringService],
  ['referrals', referralsService],
  ['planning', planningService],
  ['intake', intakeService],
];

async function main() {
  process.env.HOMEWARD_JWT_SECRET ??= devSecret();
  const broker = new InProcessBroker();
  const running: RunningService[] = [];
  for (const [name, definition] of ORDER) {
    running.push(await startService({ ...configFromEnv(name), mode: 'embedded' }, definition, { sharedBroker: broker }));
  }
  console.log('\nHomeward is running (embedded mode):');
  for (const s of [...running].reverse()) console.log(`  ${s.url.replace('[::1]', 'localhost')}/docs`);
  console.log('Dev tokens: npm run tokens\n');
  const stop = async () => {
    for (const s of running.reverse()) await s.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
