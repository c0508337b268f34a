import type { EventDefinition } from '@homeward/events/catalogue';
import { closed, countryCode, enumOf, id, isoDate, isoDateTime, listOf, text } from '@homeward/events/catalogue';
import { MAX_ELEMENTS, PLAN_ELEMENT_TYPES } from '@homeward/contracts/planning';
import { FOLLOW_UP_CANCELLATION_REASONS, FOLLOW_UP_KINDS, FOLLOW_UP_SOURCES, MONITORING_REPORTS, PLAN_OUTCOMES } from './vocabulary';

const planVersion = { type: 'integer', minimum: 1, maximum: 1000 } as const;
const reason = closed({ reason: text(2000) }, ['reason']);

/** The schedule: what planning's plan set going, what case managers added or moved, what came off it, and the reports. */
export const monitoringScheduleEvents: EventDefinition[] = [
  {
    type: 'monitoring.ApprovedPlanNoted',
    context: 'monitoring',
    description:
      "Planning approved a version of the case's plan: its creation and approval days, its elements (id and type), the schedule rules applied and the end of the follow-up period. No personal data.",
    versions: {
      1: closed(
        {
          caseId: id,
          planVersion,
          planCreatedOn: isoDate,
          approvedOn: isoDate,
          country: countryCode,
          elements: listOf(closed({ elementId: id, type: enumOf(PLAN_ELEMENT_TYPES) }, ['elementId', 'type']), MAX_ELEMENTS),
          rules: closed({ rulesId: id, rulesVersion: planVersion }, ['rulesId', 'rulesVersion']),
          followUpEndsOn: isoDate,
          notedAt: isoDateTime,
        },
        ['caseId', 'planVersion', 'planCreatedOn', 'approvedOn', 'country', 'elements', 'rules', 'followUpEndsOn', 'notedAt'],
      ),
    },
  },
  {
    type: 'monitoring.PlanEndNoted',
    context: 'monitoring',
    description: "Planning's plan was completed or closed; the follow-ups still to come are cancelled. No personal data.",
    versions: { 1: closed({ caseId: id, outcome: enumOf(PLAN_OUTCOMES), endedOn: isoDate, notedAt: isoDateTime }, ['caseId', 'outcome', 'endedOn', 'notedAt']) },
  },
  {
    type: 'monitoring.FollowUpScheduled',
    context: 'monitoring',
    description: 'A follow-up meeting or RSS survey is due on dueOn, from the rules on a plan approval or added by a case manager; a case manager’s reason is personal.',
    versions: {
      1: closed(
        { caseId: id, followUpId: id, kind: enumOf(FOLLOW_UP_KINDS), dueOn: isoDate, source: enumOf(FOLLOW_UP_SOURCES), planVersion, scheduledAt: isoDateTime, personal: reason },
        ['caseId', 'followUpId', 'kind', 'dueOn', 'source', 'scheduledAt'],
      ),
    },
  },
  {
    type: 'monitoring.FollowUpMoved',
    context: 'monitoring',
    description: 'A case manager moved a follow-up from previousDueOn to dueOn; the reason is personal.',
    versions: {
      1: closed({ caseId: id, followUpId: id, previousDueOn: isoDate, dueOn: isoDate, movedAt: isoDateTime, personal: reason }, ['caseId', 'followUpId', 'previousDueOn', 'dueOn', 'movedAt']),
    },
  },
  {
    type: 'monitoring.FollowUpCancelled',
    context: 'monitoring',
    description: 'A follow-up that had not happened came off the schedule: the plan was revised or ended, or monitoring closed. No personal data.',
    versions: {
      1: closed({ caseId: id, followUpId: id, reason: enumOf(FOLLOW_UP_CANCELLATION_REASONS), cancelledAt: isoDateTime }, ['caseId', 'followUpId', 'reason', 'cancelledAt']),
    },
  },
  {
    type: 'monitoring.ReportScheduled',
    context: 'monitoring',
    description: 'The mid-term or final monitoring report of the case is due on dueOn. No personal data.',
    versions: { 1: closed({ caseId: id, report: enumOf(MONITORING_REPORTS), dueOn: isoDate, scheduledAt: isoDateTime }, ['caseId', 'report', 'dueOn', 'scheduledAt']) },
  },
  {
    type: 'monitoring.ReportIssued',
    context: 'monitoring',
    description: 'The mid-term or final monitoring report of the case was issued: it is no longer due. No personal data.',
    versions: { 1: closed({ caseId: id, report: enumOf(MONITORING_REPORTS), issuedOn: isoDate, issuedAt: isoDateTime }, ['caseId', 'report', 'issuedOn', 'issuedAt']) },
  },
];
