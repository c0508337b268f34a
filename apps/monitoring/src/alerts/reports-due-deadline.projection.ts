import { MONITORING_REPORTS, type MonitoringEvent, type MonitoringReport } from '@homeward/contracts/monitoring';
import type { CauseEvent, PendingItem, Projection, Recorded } from '@homeward/events';
import { NEVER, noonUtcOf } from './alert-moments';

interface ReportToRaise {
  dueOn: string;
  setBy: CauseEvent;
}

/**
 * A case's next report to raise due, at noon UTC on its day. One item per case rather than per report:
 * closure concerns both reports, and a closed case's reports wait (under NEVER) for a reopening.
 */
export interface ReportDueItem extends PendingItem {
  caseId: string;
  report?: MonitoringReport;
  toRaise: Partial<Record<MonitoringReport, ReportToRaise>>;
  closed: boolean;
}

export const REPORTS_TO_RAISE = 'reports_to_raise';

const HANDLES = ['monitoring.ReportScheduled', 'monitoring.ReportIssued', 'monitoring.ReportDue', 'monitoring.MonitoringClosed', 'monitoring.MonitoringReopened'] as const satisfies readonly MonitoringEvent['type'][];
type ReportFact = Extract<MonitoringEvent, { type: (typeof HANDLES)[number] }>;

/** The item as its reports and closure make it: the earliest report still to raise, or none (removed). */
function listed(caseId: string, toRaise: ReportDueItem['toRaise'], closed: boolean, lastSetBy: CauseEvent): ReportDueItem | null {
  const next = MONITORING_REPORTS.filter((r) => toRaise[r]).sort((a, b) => toRaise[a]!.dueOn.localeCompare(toRaise[b]!.dueOn))[0];
  if (!next) return null;
  // Reopened, the item fires anew under the reopening (a cause the report's alert has not answered).
  const { dueOn, setBy } = toRaise[next]!;
  return { caseId, report: next, toRaise, closed, dueAt: closed ? NEVER : noonUtcOf(dueOn), setBy: closed ? lastSetBy : setBy };
}

const causeOf = (event: Recorded<ReportFact>): CauseEvent => ({ eventId: event.eventId, correlationId: event.correlationId, type: event.type });

export const reportsDueDeadlineProjection: Projection<ReportDueItem, ReportFact> = {
  name: 'monitoring.reports-to-raise',
  collection: REPORTS_TO_RAISE,
  indexes: [{ fields: ['dueAt'] }],
  handles: HANDLES,
  documentId: (event) => event.data.caseId,
  evolve: (doc, event) => {
    const toRaise = { ...(doc?.toRaise ?? {}) };
    const closed = doc?.closed ?? false;
    const { caseId } = event.data;
    switch (event.type) {
      case 'monitoring.ReportScheduled':
        return listed(caseId, { ...toRaise, [event.data.report]: { dueOn: event.data.dueOn, setBy: causeOf(event) } }, closed, causeOf(event));
      case 'monitoring.ReportIssued':
      case 'monitoring.ReportDue': {
        delete toRaise[event.data.report];
        return listed(caseId, toRaise, closed, causeOf(event));
      }
      case 'monitoring.MonitoringClosed':
        return doc ? listed(caseId, toRaise, true, causeOf(event)) : null;
      case 'monitoring.MonitoringReopened': {
        if (!doc) return null;
        const reopened = Object.fromEntries(Object.entries(toRaise).map(([r, t]) => [r, { ...t, setBy: causeOf(event) }]));
        return listed(caseId, reopened, false, causeOf(event));
      }
    }
  },
};
