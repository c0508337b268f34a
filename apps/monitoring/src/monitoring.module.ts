import { Module } from '@nestjs/common';
import { intakeContract } from '@homeward/contracts/intake';
import { monitoringContract } from '@homeward/contracts/monitoring';
import type { ServiceDefinition } from '@homeward/platform';
import { caseReportConsumes, caseReportControllers, caseReportProjections, caseReportProviders } from './case-report/case-report';
import { CaseListController } from './case-list/case-list.http.controller';
import { caseListProjection } from './case-list/case-list.projection';
import { ListCasesHandler } from './case-list/list-cases.query';
import { monitoringResponses } from './openapi/answer';

@Module({ controllers: [CaseListController, ...caseReportControllers], providers: [ListCasesHandler, ...caseReportProviders] })
export class MonitoringModule {}

export const monitoringService: ServiceDefinition = {
  name: 'monitoring',
  port: 3004,
  module: MonitoringModule,
  title: 'monitoring',
  projections: [caseListProjection, ...caseReportProjections],
  publishes: monitoringContract,
  consumes: [intakeContract, ...caseReportConsumes],
  responses: monitoringResponses,
};
