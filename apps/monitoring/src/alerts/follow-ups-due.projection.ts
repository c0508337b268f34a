import type { MonitoringEvent } from '@homeward/contracts/monitoring';
import type { PendingItem, Projection, Recorded } from '@homeward/events';
import { dayAfter, noonUtcOf } from './alert-moments';

/** A follow-up still to come, due overdue at `dueAt` (noon UTC the day after its day). */
export interface FollowUpDue extends PendingItem {
  caseId: string;
  followUpId: string;
  dueOn: string;
}

export const FOLLOW_UPS_DUE = 'follow_ups_due';

const HANDLES = [
  'monitoring.FollowUpScheduled',
  'monitoring.FollowUpMoved',
  'monitoring.FollowUpCancelled',
  'monitoring.FollowUpMeetingRecorded',
  'monitoring.RssSurveyRecorded',
  'monitoring.FollowUpOverdue',
] as const satisfies readonly MonitoringEvent['type'][];
type DueFact = Extract<MonitoringEvent, { type: (typeof HANDLES)[number] }>;

const dueFrom = (event: Recorded<DueFact>, followUpId: string, dueOn: string): FollowUpDue => ({
  dueAt: noonUtcOf(dayAfter(dueOn)),
  setBy: { eventId: event.eventId, correlationId: event.correlationId, type: event.type },
  caseId: event.data.caseId,
  followUpId,
  dueOn,
});

/**
 * The overdue deadline's to-do list: every follow-up scheduled and not yet held, cancelled or raised
 * overdue for its day. A move lists it anew under its new day (and the event that moved it, so it fires
 * anew); closure and a plan's end cancel what was to come, so they take it off too.
 */
export const followUpsDueProjection: Projection<FollowUpDue, DueFact> = {
  name: 'monitoring.follow-ups-due',
  collection: FOLLOW_UPS_DUE,
  indexes: [{ fields: ['dueAt'] }],
  handles: HANDLES,
  // A follow-up's id is its case's own: two cases have a `p1-m1`.
  documentId: (event) => ('followUpId' in event.data && event.data.followUpId ? `${event.data.caseId}:${event.data.followUpId}` : null),
  evolve: (doc, event) => {
    switch (event.type) {
      case 'monitoring.FollowUpScheduled':
        return dueFrom(event, event.data.followUpId, event.data.dueOn);
      case 'monitoring.FollowUpMoved':
        return doc ? dueFrom(event, event.data.followUpId, event.data.dueOn) : null;
      case 'monitoring.FollowUpOverdue':
        return doc && doc.dueOn === event.data.dueOn ? null : doc;
      case 'monitoring.FollowUpCancelled':
      case 'monitoring.FollowUpMeetingRecorded':
      case 'monitoring.RssSurveyRecorded':
        return null;
    }
  },
};
