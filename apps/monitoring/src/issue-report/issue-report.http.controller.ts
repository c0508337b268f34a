import { Body, Controller } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { MonitoringReport } from '@homeward/contracts/monitoring';
import { CurrentPrincipal, type Principal, UuidParam } from '@homeward/platform';
import { MonitoringCommands, type MonitoringCommandResult } from '../monitoring-commands/monitoring-commands';
import { ApiReportParam, ReportParam } from '../monitoring-commands/monitoring-request-rules';
import { MonitoringWrite } from '../monitoring-commands/monitoring-write.decorator';
import { IssueReportRequest } from './issue-report.request.dto';

@ApiTags('reports')
@Controller('cases')
export class IssueReportController {
  constructor(private readonly monitoring: MonitoringCommands) {}

  /**
   * A monitoring report issued (handbook 2.3.3): it is no longer due, its ReportDue alert stops, and from
   * then on `GET /cases/:caseId/reports/:report` says what was known on its issue day. Once only
   * (409 REPORT_ALREADY_ISSUED); a report not on the schedule is 404 REPORT_NOT_SCHEDULED.
   */
  @MonitoringWrite(':caseId/reports/:report/issuance', 'Report issued')
  @ApiReportParam()
  issue(@UuidParam('caseId') caseId: string, @ReportParam() report: MonitoringReport, @Body() request: IssueReportRequest, @CurrentPrincipal() principal: Principal): Promise<MonitoringCommandResult> {
    return this.monitoring.execute(principal, { type: 'IssueReport', data: { caseId, report, issuedOn: request.issuedOn } });
  }
}
