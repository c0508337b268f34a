import { Inject, Injectable } from '@nestjs/common';
import { MonitoringError } from '@homeward/domain';
import type { MonitoringReport } from '@homeward/contracts/monitoring';
import { inScope, INFRASTRUCTURE, OFFICE_CALENDAR, type Infrastructure, type OfficeCalendar, type Principal } from '@homeward/platform';
import { CASE_LIST, type CaseListDocument } from '../case-list/case-list.projection';
import { maySeeReturnee } from '../case-list/returnee-visibility';
import { CASE_REPORT, type CaseReportDocument } from './case-report.document';
import { monitoringReportOf, type MonitoringReportView, type ReportedReturnee } from './monitoring-report';

/** A case's report as the caller may read it: in the country the plan is carried out in, naming her only as the case list allows. */
@Injectable()
export class CaseReportReader {
  constructor(
    @Inject(INFRASTRUCTURE) private readonly infra: Infrastructure,
    @Inject(OFFICE_CALENDAR) private readonly calendar: OfficeCalendar,
  ) {}

  async reportOf(caseId: string, report: MonitoringReport, principal: Principal): Promise<MonitoringReportView> {
    const [doc, listed] = await Promise.all([this.infra.readModels.get<CaseReportDocument>(CASE_REPORT, caseId), this.infra.readModels.get<CaseListDocument>(CASE_LIST, caseId)]);
    // Outside the caller's countries a case is as unknown as one monitoring never followed.
    if (!doc?.country || !inScope(principal, doc.country)) throw new MonitoringError('CASE_NOT_MONITORED', `Monitoring follows no case ${caseId} in your countries`, 'caseId');
    if (!doc.reports[report]) throw new MonitoringError('REPORT_NOT_SCHEDULED', `The ${report} report of case ${caseId} is not on the schedule`, 'report');
    return monitoringReportOf(doc, report, this.calendar.today(doc.country), returneeAsSeenBy(principal, listed));
  }
}

/** Her name as the case list holds it (shared by intake under her consent to assistance, gone at withdrawal), for those who follow her case. */
function returneeAsSeenBy(principal: Principal, listed: CaseListDocument | null): ReportedReturnee {
  if (listed?.erasedAt) return 'erased';
  return listed?.returnee && maySeeReturnee(principal, listed) ? { firstName: listed.returnee.firstName, lastName: listed.returnee.lastName } : undefined;
}
