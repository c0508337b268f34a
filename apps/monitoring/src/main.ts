import 'reflect-metadata';
import { configFromEnv, startService } from '@homeward/platform';
import { monitoringService } from './monitoring.module';

startService(configFromEnv('monitoring'), monitoringService).catch((error) => {
  console.error(error);
  process.exit(1);
});
