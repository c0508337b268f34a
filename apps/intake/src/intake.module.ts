import { Module } from '@nestjs/common';
import type { ServiceDefinition } from '@homeward/platform';
import { RegisterReturneeController } from './register-returnee/register-returnee.http.controller';
import { RegisterReturneeHandler } from './register-returnee/register-returnee.handler';

@Module({ controllers: [RegisterReturneeController], providers: [RegisterReturneeHandler] })
export class IntakeModule {}

export const intakeService: ServiceDefinition = { module: IntakeModule, title: 'intake', projections: [], consumes: [] };
