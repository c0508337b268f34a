import 'reflect-metadata';
import { runService } from '@homeward/platform';
import { intakeService } from './intake.module';

runService(intakeService);
