import type { EventDefinition } from '@homeward/events/catalogue';
import { closed, enumOf, id, isoDate, isoDateTime } from '@homeward/events/catalogue';
import { FOLLOW_UP_KINDS, MONITORING_REPORTS } from './vocabulary';

/** The time-driven alerts a scheduler asks for; each is raised once for its day. */
export const monitoringAlertEvents: EventDefinition[] = [
  {
    type: 'monitoring.FollowUpOverdue',
    context: 'monitoring',
    description: 'A scheduled follow-up meeting or survey was not held by dueOn: its case manager and supervisor are told. Raised once per due day. No personal data.',
    versions: {
      1: closed({ caseId: id, followUpId: id, kind: enumOf(FOLLOW_UP_KINDS), dueOn: isoDate, raisedAt: isoDateTime }, ['caseId', 'followUpId', 'kind', 'dueOn', 'raisedAt']),
    },
  },
  {
    type: 'monitoring.ReportDue',
    context: 'monitoring',
    description: 'The mid-term or final monitoring report of the case is due (dueOn has come) and not issued. Raised once. No personal data.',
    versions: { 1: closed({ caseId: id, report: enumOf(MONITORING_REPORTS), dueOn: isoDate, raisedAt: isoDateTime }, ['caseId', 'report', 'dueOn', 'raisedAt']) },
  },
];
