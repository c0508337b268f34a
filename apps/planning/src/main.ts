import 'reflect-metadata';
import { runService } from '@homeward/platform';
import { planningService } from './planning.module';

runService(planningService);
