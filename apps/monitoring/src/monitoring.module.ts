import { Module } from '@nestjs/common';
import { intakeContract } from '@homeward/contracts/intake';
import { monitoringContract } from '@homeward/contracts/monitoring';
import { planningContract } from '@homeward/contracts/planning';
import type { Projection } from '@homeward/events';
import type { ServiceDefinition } from '@homeward/platform';
import { caseReportControllers, caseReportProjections, caseReportProviders, referralsForReports } from './case-report/case-report';
import { CaseListController } from './case-list/case-list.http.controller';
import { caseListProjection } from './case-list/case-list.projection';
import { ListCasesHandler } from './case-list/list-cases.query';
import { meAggregatesControllers, meAggregatesProjections, meAggregatesProviders } from './me-aggregates/me-aggregates';
import { MonitoringCommands } from './monitoring-commands/monitoring-commands';
import { monitoringDeadlines, monitoringReactions, monitoringWriteControllers, monitoringWriteProjections, monitoringWriteProviders } from './monitoring-writes';
import { monitoringResponses } from './openapi/answer';

@Module({
  controllers: [CaseListController, ...monitoringWriteControllers, ...caseReportControllers, ...meAggregatesControllers],
  providers: [ListCasesHandler, ...monitoringWriteProviders, ...caseReportProviders, ...meAggregatesProviders],
})
export class MonitoringModule {}

export const monitoringService: ServiceDefinition = {
  name: 'monitoring',
  port: 3004,
  module: MonitoringModule,
  title: 'monitoring',
  projections: [caseListProjection, ...monitoringWriteProjections, ...caseReportProjections, ...meAggregatesProjections] as Projection[],
  publishes: monitoringContract,
  // Planning's approvals and ends drive the schedule (and its plan versions fill the reports, with referrals' steps).
  consumes: [intakeContract, planningContract, referralsForReports],
  // Planning's approvals and ends drive the schedule; intake's erasure stops what is recorded about her; the schedule's days raise alerts.
  reactions: { reactions: monitoringReactions, deadlines: monitoringDeadlines, dispatcher: MonitoringCommands },
  responses: monitoringResponses,
};
