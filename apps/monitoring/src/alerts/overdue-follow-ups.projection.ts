import type { FollowUpKind, MonitoringEvent } from '@homeward/contracts/monitoring';
import type { Projection } from '@homeward/events';

/** A follow-up raised overdue and still not held, moved or cancelled: what the case manager and the supervisor see. No personal data. */
export interface OverdueFollowUp {
  caseId: string;
  followUpId: string;
  kind: FollowUpKind;
  dueOn: string;
  /** The office holding the plan, whose staff are told. */
  country: string;
  raisedAt: string;
}

export const OVERDUE_FOLLOW_UPS = 'overdue_follow_ups';

const HANDLES = [
  'monitoring.FollowUpOverdue',
  'monitoring.FollowUpMoved',
  'monitoring.FollowUpCancelled',
  'monitoring.FollowUpMeetingRecorded',
  'monitoring.RssSurveyRecorded',
] as const satisfies readonly MonitoringEvent['type'][];
type OverdueFact = Extract<MonitoringEvent, { type: (typeof HANDLES)[number] }>;

export const overdueFollowUpsProjection: Projection<OverdueFollowUp, OverdueFact> = {
  name: 'monitoring.overdue-follow-ups',
  collection: OVERDUE_FOLLOW_UPS,
  // A country's list (or the lists of a caller's countries), the longest overdue first; every country's for a caller of all.
  // The M&E aggregates count a country's overdue follow-ups by kind.
  indexes: [{ fields: ['country', 'dueOn'] }, { fields: ['dueOn'] }, { fields: ['country', 'kind'] }],
  handles: HANDLES,
  documentId: (event) => ('followUpId' in event.data && event.data.followUpId ? `${event.data.caseId}:${event.data.followUpId}` : null),
  evolve: (doc, event) => {
    if (event.type !== 'monitoring.FollowUpOverdue') return null;
    const { caseId, followUpId, kind, dueOn, raisedAt } = event.data;
    return { caseId, followUpId, kind, dueOn, country: event.country, raisedAt };
  },
};
