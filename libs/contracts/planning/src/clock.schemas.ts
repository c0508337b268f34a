import type { EventDefinition } from '@homeward/events/catalogue';
import { closed, countryCode, enumOf, id, isoDate, isoDateTime, label, listOf, text } from '@homeward/events/catalogue';
import { ASSESSMENT_KINDS, GOAL_SOURCES, PRE_DEPARTURE_REVIEW_OUTCOMES } from './vocabulary';

const assessment = closed({ kind: enumOf(ASSESSMENT_KINDS), reference: label(200), assessedOn: isoDate }, ['kind', 'reference']);

/** The plan clock, the pre-departure plan's review and what a plan starts from. */
export const planningClockEvents: EventDefinition[] = [
  {
    type: 'planning.PlanDue',
    context: 'planning',
    description: "Intake recorded the returnee's arrival in the country of origin: a reintegration plan is due one month later, on dueOn. No personal data.",
    versions: {
      1: closed(
        { caseId: id, returneeId: id, country: countryCode, arrivalDate: isoDate, dueOn: isoDate },
        ['caseId', 'returneeId', 'country', 'arrivalDate', 'dueOn'],
      ),
    },
  },
  {
    type: 'planning.PlanDerogationGranted',
    context: 'planning',
    description: 'A supervisor extended the deadline of the plan from previousDueOn to dueOn; the reason is personal.',
    versions: {
      1: closed(
        { caseId: id, previousDueOn: isoDate, dueOn: isoDate, approvedBy: id, grantedAt: isoDateTime, personal: closed({ reason: text(2000) }, ['reason']) },
        ['caseId', 'previousDueOn', 'dueOn', 'approvedBy', 'grantedAt'],
      ),
    },
  },
  {
    type: 'planning.PreDeparturePlanNoted',
    context: 'planning',
    description: 'A plan was designed at a pre-departure counselling session (intake); the first plan after arrival reviews it. No personal data.',
    versions: { 1: closed({ caseId: id, sessionId: id, designedAt: isoDateTime }, ['caseId', 'sessionId', 'designedAt']) },
  },
  {
    type: 'planning.PreDeparturePlanReviewed',
    context: 'planning',
    description: 'The pre-departure plan was reviewed for the first plan after arrival: kept, adapted or set aside; the notes are personal.',
    versions: {
      1: closed(
        { caseId: id, sessionId: id, outcome: enumOf(PRE_DEPARTURE_REVIEW_OUTCOMES), reviewedAt: isoDateTime, personal: closed({ notes: text(2000) }) },
        ['caseId', 'sessionId', 'outcome', 'reviewedAt'],
      ),
    },
  },
  {
    type: 'planning.PlanInputsRecorded',
    context: 'planning',
    description: "What the plan starts from, the whole set as it now is: where the goals came from and the assessments it builds on; the goals, motivations and context notes are personal.",
    versions: {
      1: closed(
        {
          caseId: id,
          goalsSource: enumOf(GOAL_SOURCES),
          sessionId: id,
          assessments: listOf(assessment, 20),
          recordedAt: isoDateTime,
          personal: closed({ goals: listOf(text(500), 20), motivations: listOf(text(500), 20), contextNotes: text(4000) }, ['goals', 'motivations']),
        },
        ['caseId', 'goalsSource', 'assessments', 'recordedAt'],
      ),
    },
  },
];
