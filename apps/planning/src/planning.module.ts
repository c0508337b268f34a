import { Module } from '@nestjs/common';
import type { ServiceDefinition } from '@homeward/platform';
import { planningResponses } from './openapi/answer';

@Module({})
export class PlanningModule {}

export const planningService: ServiceDefinition = {
  name: 'planning',
  port: 3002,
  module: PlanningModule,
  title: 'planning',
  projections: [],
  consumes: [],
  responses: planningResponses,
};
