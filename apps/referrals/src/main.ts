import 'reflect-metadata';
import { configFromEnv, startService } from '@homeward/platform';
import { referralsService } from './referrals.module';

startService(configFromEnv('referrals'), referralsService).catch((error) => {
  console.error(error);
  process.exit(1);
});
