import { intakeContract } from '@homeward/contracts/intake';
import { monitoringContract } from '@homeward/contracts/monitoring';
import { planningContract } from '@homeward/contracts/planning';
import { Module } from '@nestjs/common';
import type { Projection, Reaction } from '@homeward/events';
import type { ServiceDefinition } from '@homeward/platform';
import { feasibilityGridControllers, feasibilityGridProjections, feasibilityGridProviders } from './feasibility-grids';
import { planningResponses } from './openapi/answer';
import { planningProjections, planQueryControllers, planQueryHandlers } from './plan-queries';
import { PlanCommands } from './plan-commands/plan-commands';
import { planWriteControllers, planWriteProviders } from './plan-writes';
import { planningReactions } from './reactions/intake-reactions';
import { returneeCopyControllers, returneeCopyProjections, returneeCopyProviders } from './returnee-copy';

@Module({
  // The queries first: `/plans/due` is matched before `/plans/:caseId`.
  controllers: [...planQueryControllers, ...planWriteControllers, ...feasibilityGridControllers, ...returneeCopyControllers],
  providers: [...new Set([...planQueryHandlers, ...planWriteProviders, ...feasibilityGridProviders, ...returneeCopyProviders])],
})
export class PlanningModule {}

export const planningService: ServiceDefinition = {
  name: 'planning',
  port: 3002,
  module: PlanningModule,
  title: 'planning',
  projections: [...planningProjections, ...feasibilityGridProjections, ...returneeCopyProjections] as Projection[],
  publishes: planningContract,
  // Monitoring's plan-review recommendations are shown on the plan.
  consumes: [intakeContract, monitoringContract],
  // Intake's arrival starts the plan clock; its consent decisions and pre-departure plan designs are kept on the plan.
  reactions: { reactions: [planningReactions as Reaction], dispatcher: PlanCommands },
  responses: planningResponses,
};
