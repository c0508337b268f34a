import 'reflect-metadata';
import { runService } from '@homeward/platform';
import { referralsService } from './referrals.module';

runService(referralsService);
