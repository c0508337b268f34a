import { Module } from '@nestjs/common';
import type { ServiceDefinition } from '@homeward/platform';

/** Runs with the platform's health, metrics, docs, event store and relay; its domain arrives with the planning issues. */
@Module({})
export class PlanningModule {}

export const planningService: ServiceDefinition = { name: 'planning', port: 3002, module: PlanningModule, title: 'planning', projections: [], consumes: [] };
