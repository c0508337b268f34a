import { intakeContract } from '@homeward/contracts/intake';
import { planningContract } from '@homeward/contracts/planning';
import { Module } from '@nestjs/common';
import type { ServiceDefinition } from '@homeward/platform';
import { planningResponses } from './openapi/answer';
import { planWriteControllers, planWriteProviders } from './plan-writes';

@Module({
  controllers: [...planWriteControllers],
  providers: [...planWriteProviders],
})
export class PlanningModule {}

export const planningService: ServiceDefinition = {
  name: 'planning',
  port: 3002,
  module: PlanningModule,
  title: 'planning',
  projections: [],
  publishes: planningContract,
  consumes: [intakeContract],
  responses: planningResponses,
};
