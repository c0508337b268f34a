import { Module } from '@nestjs/common';
import { planningContract } from '@homeward/contracts/planning';
import type { Projection } from '@homeward/events';
import type { ServiceDefinition } from '@homeward/platform';
import { feasibilityGridControllers, feasibilityGridProjections, feasibilityGridProviders } from './feasibility-grids';
import { planningResponses } from './openapi/answer';
import { planningProjections, planQueryControllers, planQueryHandlers } from './plan-queries';
import { returneeCopyControllers, returneeCopyProviders } from './returnee-copy';

@Module({
  // The queries first: `/plans/due` is matched before `/plans/:caseId`.
  controllers: [...planQueryControllers, ...feasibilityGridControllers, ...returneeCopyControllers],
  providers: [...new Set([...planQueryHandlers, ...feasibilityGridProviders, ...returneeCopyProviders])],
})
export class PlanningModule {}

export const planningService: ServiceDefinition = {
  name: 'planning',
  port: 3002,
  module: PlanningModule,
  title: 'planning',
  projections: [...planningProjections, ...feasibilityGridProjections] as Projection[],
  publishes: planningContract,
  consumes: [],
  responses: planningResponses,
};
