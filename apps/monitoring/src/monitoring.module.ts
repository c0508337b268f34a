import { Module } from '@nestjs/common';
import { intakeContract } from '@homeward/contracts/intake';
import type { ServiceDefinition } from '@homeward/platform';
import { CaseListController } from './case-list/case-list.http.controller';
import { caseListProjection } from './case-list/case-list.projection';
import { ListCasesHandler } from './case-list/list-cases.query';
import { monitoringResponses } from './openapi/answer';

@Module({ controllers: [CaseListController], providers: [ListCasesHandler] })
export class MonitoringModule {}

export const monitoringService: ServiceDefinition = {
  name: 'monitoring',
  port: 3004,
  module: MonitoringModule,
  title: 'monitoring',
  projections: [caseListProjection],
  consumes: [intakeContract],
  responses: monitoringResponses,
};
