import 'reflect-metadata';
import { configFromEnv, startService } from '@homeward/platform';
import { intakeService } from './intake.module';

startService(configFromEnv('intake'), intakeService).catch((error) => {
  console.error(error);
  process.exit(1);
});
