import type { MonitoringEvent } from '@homeward/contracts/monitoring';
import type { Projection } from '@homeward/events';

/**
 * A country's caseload in monitoring, as counts only: the cases it started following (its first
 * approved plan schedules the mid-term report, once per case) and those closed now. The decider
 * closes only an open case and reopens only a closed one, so each event says which way a case moved.
 */
export interface CaseloadCounts {
  country: string;
  followed: number;
  closed: number;
}

export const ME_CASELOAD = 'me_caseload';

const HANDLES = ['monitoring.ReportScheduled', 'monitoring.MonitoringClosed', 'monitoring.MonitoringReopened'] as const satisfies readonly MonitoringEvent['type'][];
type CaseloadFact = Extract<MonitoringEvent, { type: (typeof HANDLES)[number] }>;

export const caseloadCountsProjection: Projection<CaseloadCounts, CaseloadFact> = {
  name: 'monitoring.me-caseload',
  collection: ME_CASELOAD,
  // A caller's countries, or every country's document (a handful) for a caller of all.
  indexes: [{ fields: ['country'] }],
  handles: HANDLES,
  acrossStreams: true,
  // The office holding the plan: the country the monitoring stream records its events under.
  documentId: (event) => (event.type === 'monitoring.ReportScheduled' && event.data.report !== 'mid_term' ? null : event.country),
  evolve: (doc, event) => {
    const counts = doc ?? { country: event.country, followed: 0, closed: 0 };
    switch (event.type) {
      case 'monitoring.ReportScheduled':
        return { ...counts, followed: counts.followed + 1 };
      case 'monitoring.MonitoringClosed':
        return { ...counts, closed: counts.closed + 1 };
      case 'monitoring.MonitoringReopened':
        return { ...counts, closed: Math.max(0, counts.closed - 1) };
    }
  },
};
