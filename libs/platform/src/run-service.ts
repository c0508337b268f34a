import { configFromEnv } from './config';
import { startService, type ServiceDefinition } from './create-service-app';

/** A service's own process (distributed mode, or one service alone): configured from the environment. */
export function runService(definition: ServiceDefinition): void {
  startService(configFromEnv(definition), definition).catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
