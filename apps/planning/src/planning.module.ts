import { intakeContract } from '@homeward/contracts/intake';
import { planningContract } from '@homeward/contracts/planning';
import { Module } from '@nestjs/common';
import type { Projection } from '@homeward/events';
import type { ServiceDefinition } from '@homeward/platform';
import { feasibilityGridControllers, feasibilityGridProjections, feasibilityGridProviders } from './feasibility-grids';
import { planningResponses } from './openapi/answer';
import { planWriteControllers, planWriteProviders } from './plan-writes';
import { returneeCopyControllers, returneeCopyProviders } from './returnee-copy';

@Module({
  controllers: [...planWriteControllers, ...feasibilityGridControllers, ...returneeCopyControllers],
  providers: [...new Set([...planWriteProviders, ...feasibilityGridProviders, ...returneeCopyProviders])],
})
export class PlanningModule {}

export const planningService: ServiceDefinition = {
  name: 'planning',
  port: 3002,
  module: PlanningModule,
  title: 'planning',
  projections: [...feasibilityGridProjections] as Projection[],
  publishes: planningContract,
  consumes: [intakeContract],
  responses: planningResponses,
};
