import 'reflect-metadata';
import { runService } from '@homeward/platform';
import { monitoringService } from './monitoring.module';

runService(monitoringService);
