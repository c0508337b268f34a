import 'reflect-metadata';
import { configFromEnv, startService } from '@homeward/platform';
import { planningService } from './planning.module';

startService(configFromEnv('planning'), planningService).catch((error) => {
  console.error(error);
  process.exit(1);
});
