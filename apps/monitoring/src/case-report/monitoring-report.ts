import type { MonitoringReport } from '@homeward/contracts/monitoring';
import type { CaseReportDocument } from './case-report.document';

/** Who the report names: her name (while monitoring holds it under her consent, for those who follow her case), the word that she was erased, or no one. */
export type ReportedReturnee = { firstName: string; lastName: string } | 'erased' | undefined;

/**
 * One monitoring report of a case, as of a day: everything the document holds for it, the report's
 * place on the schedule, and whom it names. The mid-term and the final report hold the same
 * sections (the handbook asks for both from the same follow-up); the final one always says how
 * monitoring ended, the mid-term one only once it has.
 */
export interface MonitoringReportView extends Omit<CaseReportDocument, 'reports' | 'erasedAt'> {
  report: MonitoringReport;
  asOf: string;
  dueOn?: string;
  issuedOn?: string;
  returnee: ReportedReturnee;
  delivered: number;
  showClosure: boolean;
}

export function monitoringReportOf(doc: CaseReportDocument, report: MonitoringReport, today: string, returnee: ReportedReturnee): MonitoringReportView {
  const { reports, erasedAt, closure, planEnded, ...rest } = doc;
  const scheduled = reports[report];
  // An issued report says what was known on its day, so that printing it again gives the same report.
  // (Element statuses are the latest only: the document keeps no history of them.)
  const asOf = scheduled?.issuedOn ?? today;
  const by = (day: string) => day <= asOf;
  return {
    ...rest,
    wPoints: doc.wPoints.filter((p) => by(p.occurredOn)),
    meetings: doc.meetings.filter((m) => by(m.heldOn)),
    surveys: doc.surveys.filter((s) => by(s.conductedOn)),
    referrals: doc.referrals.filter((r) => by(r.requestedOn)),
    reviews: doc.reviews.filter((r) => by(r.recommendedOn)),
    ...(closure && by(closure.closedOn) ? { closure } : {}),
    ...(planEnded && by(planEnded.endedOn) ? { planEnded } : {}),
    report,
    asOf,
    ...(scheduled ? { dueOn: scheduled.dueOn } : {}),
    ...(scheduled?.issuedOn ? { issuedOn: scheduled.issuedOn } : {}),
    returnee: erasedAt ? 'erased' : returnee,
    delivered: doc.elements.filter((e) => e.status === 'delivered').length,
    showClosure: report === 'final' || (closure !== undefined && by(closure.closedOn)),
  };
}
