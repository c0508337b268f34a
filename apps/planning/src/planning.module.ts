import { Module } from '@nestjs/common';
import { planningContract } from '@homeward/contracts/planning';
import type { ServiceDefinition } from '@homeward/platform';
import { planningResponses } from './openapi/answer';
import { planningProjections, planQueryControllers, planQueryHandlers } from './plan-queries';

@Module({ controllers: [...planQueryControllers], providers: [...planQueryHandlers] })
export class PlanningModule {}

export const planningService: ServiceDefinition = {
  name: 'planning',
  port: 3002,
  module: PlanningModule,
  title: 'planning',
  projections: planningProjections,
  publishes: planningContract,
  consumes: [],
  responses: planningResponses,
};
