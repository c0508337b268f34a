import type { EventDefinition, JsonSchema } from '@homeward/events/catalogue';
import { closed, enumOf, id, isoDate, isoDateTime, label, listOf, whenEquals } from '@homeward/events/catalogue';
import { MAX_INDICATORS, PLAN_REVIEW_REASONS, RSS_SCORES } from './vocabulary';

const score = { type: 'number', minimum: 0, maximum: 1 } as const;
const scores = closed({ economic: score, social: score, psychosocial: score, composite: score }, ['economic', 'social', 'psychosocial', 'composite']);
const tableVersion = label(64);
/** Answers keyed by indicator id, whole numbers: the table they were given under says which and how far. */
const answers: JsonSchema = {
  type: 'object',
  propertyNames: { type: 'string', minLength: 1, maxLength: 64 },
  additionalProperties: { type: 'integer', minimum: -1000, maximum: 1000 },
  maxProperties: MAX_INDICATORS,
};
const drop = closed({ score: enumOf(RSS_SCORES), from: score, to: score }, ['score', 'from', 'to']);
/** What a review after a drop names, and a review after a radical change never does. */
const dropFields = { surveyId: id, previousSurveyId: id, threshold: score, drops: { ...listOf(drop, RSS_SCORES.length), minItems: 1 } };

/** The Reintegration Sustainability Survey: surveys, re-scoring under a new table, and the plan reviews they prompt. */
export const monitoringRssEvents: EventDefinition[] = [
  {
    type: 'monitoring.RssSurveyRecorded',
    context: 'monitoring',
    description:
      'An RSS survey taken on conductedOn: the economic, social, psychosocial and composite scores (0 to 1) under tableVersion, whether that table is provisional, and the scheduled survey it held; the answers are personal.',
    versions: {
      1: closed(
        {
          caseId: id,
          surveyId: id,
          followUpId: id,
          conductedOn: isoDate,
          tableVersion,
          provisional: { type: 'boolean' },
          scores,
          recordedAt: isoDateTime,
          personal: closed({ answers }, ['answers']),
        },
        ['caseId', 'surveyId', 'conductedOn', 'tableVersion', 'provisional', 'scores', 'recordedAt'],
      ),
    },
  },
  {
    type: 'monitoring.RssSurveyRescored',
    context: 'monitoring',
    description: 'A past survey scored under another table version, with its scores under the version before beside. No personal data.',
    versions: {
      1: closed(
        {
          caseId: id,
          surveyId: id,
          tableVersion,
          provisional: { type: 'boolean' },
          scores,
          previous: closed({ tableVersion, scores }, ['tableVersion', 'scores']),
          rescoredAt: isoDateTime,
        },
        ['caseId', 'surveyId', 'tableVersion', 'provisional', 'scores', 'previous', 'rescoredAt'],
      ),
    },
  },
  {
    type: 'monitoring.PlanReviewRecommended',
    context: 'monitoring',
    description:
      'Monitoring recommends a review of the plan: RSS scores fell between two consecutive surveys by more than the threshold (the drops named), or a meeting reported a radical change in her situation. No personal data.',
    versions: {
      1: {
        ...closed(
          {
            caseId: id,
            reason: enumOf(PLAN_REVIEW_REASONS),
            ...dropFields,
            meetingId: id,
            recommendedAt: isoDateTime,
          },
          ['caseId', 'reason', 'recommendedAt'],
        ),
        allOf: [
          whenEquals('reason', 'rss_drop', { properties: { ...dropFields, meetingId: false }, required: Object.keys(dropFields) }),
          whenEquals('reason', 'radical_change', { properties: { meetingId: id, ...Object.fromEntries(Object.keys(dropFields).map((k) => [k, false])) }, required: ['meetingId'] }),
        ],
      },
    },
  },
];
