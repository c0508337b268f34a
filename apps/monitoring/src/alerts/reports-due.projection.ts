import type { MonitoringEvent, MonitoringReport } from '@homeward/contracts/monitoring';
import type { Projection } from '@homeward/events';

/** A case's monitoring reports raised due and not issued yet. No personal data. */
export interface CaseReportsDue {
  caseId: string;
  country: string;
  /** Closed cases raise no alert: their reports leave the list until the case reopens. */
  status: 'open' | 'closed';
  reports: Array<{ report: MonitoringReport; dueOn: string; raisedAt: string }>;
  /** The day the earliest of them fell due: the list's order. */
  firstDueOn: string;
}

export const REPORTS_DUE = 'reports_due';

const HANDLES = ['monitoring.ReportDue', 'monitoring.ReportIssued', 'monitoring.MonitoringClosed', 'monitoring.MonitoringReopened'] as const satisfies readonly MonitoringEvent['type'][];
type ReportFact = Extract<MonitoringEvent, { type: (typeof HANDLES)[number] }>;

const withReports = (doc: CaseReportsDue, reports: CaseReportsDue['reports']): CaseReportsDue | null =>
  reports.length ? { ...doc, reports, firstDueOn: reports.map((r) => r.dueOn).sort()[0] } : null;

export const reportsDueProjection: Projection<CaseReportsDue, ReportFact> = {
  name: 'monitoring.reports-due',
  collection: REPORTS_DUE,
  indexes: [{ fields: ['status', 'country', 'firstDueOn'] }, { fields: ['status', 'firstDueOn'] }],
  handles: HANDLES,
  documentId: (event) => event.data.caseId,
  evolve: (doc, event) => {
    switch (event.type) {
      case 'monitoring.ReportDue': {
        const { caseId, report, dueOn, raisedAt } = event.data;
        const base: CaseReportsDue = doc ?? { caseId, country: event.country, status: 'open', reports: [], firstDueOn: dueOn };
        return withReports(base, [...base.reports.filter((r) => r.report !== report), { report, dueOn, raisedAt }]);
      }
      case 'monitoring.ReportIssued':
        return doc && withReports(doc, doc.reports.filter((r) => r.report !== event.data.report));
      case 'monitoring.MonitoringClosed':
        return doc && { ...doc, status: 'closed' };
      case 'monitoring.MonitoringReopened':
        return doc && { ...doc, status: 'open' };
    }
  },
};
