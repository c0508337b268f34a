import { Module } from '@nestjs/common';
import type { ServiceDefinition } from '@homeward/platform';
import { CaseHistoryController } from './case-history/case-history.http.controller';
import { CaseHistoryHandler } from './case-history/case-history.query';
import { RegisterReturneeController } from './register-returnee/register-returnee.http.controller';
import { RegisterReturneeHandler } from './register-returnee/register-returnee.handler';

@Module({ controllers: [RegisterReturneeController, CaseHistoryController], providers: [RegisterReturneeHandler, CaseHistoryHandler] })
export class IntakeModule {}

export const intakeService: ServiceDefinition = { module: IntakeModule, title: 'intake', projections: [], consumes: [] };
