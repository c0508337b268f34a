import { SENSITIVE_STEPS, SESSION_PHASES, SESSION_STEPS, type SessionStepName } from './vocabulary';
import type { EventDefinition, JsonSchema } from '@homeward/events/catalogue';
import { closed, enumOf, id, isoDate, isoDateTime, languageCode, listOf, text, whenEquals } from '@homeward/events/catalogue';

const bool = { type: 'boolean' } as const;
const notes = text(4000);

interface StepShape {
  properties: Record<string, JsonSchema>;
  required?: string[];
}

/** What was done at each of the six steps: the domain's SessionStepDetails, one shape per step. */
const steps: Record<SessionStepName, StepShape> = {
  preparation: {
    properties: {
      hostCountryInformationReviewed: bool,
      privatePlace: bool,
      recordsSecured: bool,
      interpreter: closed({ present: bool, boundToConfidentiality: bool, language: languageCode }, ['present']),
    },
    required: ['hostCountryInformationReviewed', 'privatePlace', 'recordsSecured', 'interpreter'],
  },
  trust: { properties: { notes } },
  process_and_consent: { properties: { processExplained: bool, rightToRefuseExplained: bool, notes }, required: ['processExplained', 'rightToRefuseExplained'] },
  vulnerabilities: { properties: { screened: bool, notes }, required: ['screened'] },
  plan_design: {
    properties: {
      goals: listOf(text(500), 20),
      strengths: listOf(text(500), 20),
      lifePlan: text(4000),
      preDeparturePlanReview: closed({ outcome: enumOf(['confirmed', 'revised']), notes: text(2000) }, ['outcome']),
    },
    required: ['goals', 'strengths', 'lifePlan'],
  },
  closing: { properties: { summary: text(4000), nextSessionDate: isoDate }, required: ['summary'] },
};

/** `step` fixed to the step's name in each branch, so exactly one branch can match. */
const stepBranch = (step: SessionStepName): JsonSchema =>
  closed({ step: { const: step }, ...steps[step].properties }, ['step', ...(steps[step].required ?? [])]);

/** The step named on the event is the step its (personal) details describe. */
const sameStep = SESSION_STEPS.map((step) =>
  whenEquals('step', step, { properties: { personal: { type: 'object', properties: { step: { const: step } } } } }),
);

/** Counselling sessions: scheduled, started, six steps, paused, resumed, ended. What was said is personal. */
export const intakeCounsellingEvents: EventDefinition[] = [
  {
    type: 'intake.CounsellingSessionScheduled',
    context: 'intake',
    description: 'A pre-departure or post-arrival counselling session was scheduled, possibly to continue an earlier one; it carries no personal data.',
    versions: {
      1: closed(
        { caseId: id, sessionId: id, phase: enumOf(SESSION_PHASES), scheduledFor: isoDateTime, continuesSessionId: id },
        ['caseId', 'sessionId', 'phase', 'scheduledFor'],
      ),
    },
  },
  {
    type: 'intake.CounsellingSessionStarted',
    context: 'intake',
    description: 'A scheduled counselling session started; it carries no personal data.',
    versions: {
      1: closed({ caseId: id, sessionId: id, phase: enumOf(SESSION_PHASES), startedAt: isoDateTime }, ['caseId', 'sessionId', 'phase', 'startedAt']),
    },
  },
  {
    type: 'intake.CounsellingStepRecorded',
    context: 'intake',
    description: 'One of the six steps of a counselling session was done; which step is public, what was done and said at it (checklist, notes, goals, life plan, summary) is personal.',
    sensitive: (data) => SENSITIVE_STEPS.includes(data.step as SessionStepName),
    versions: {
      1: {
        ...closed(
          {
            caseId: id,
            sessionId: id,
            step: enumOf(SESSION_STEPS),
            recordedAt: isoDateTime,
            personal: { oneOf: SESSION_STEPS.map(stepBranch) },
          },
          ['caseId', 'sessionId', 'step', 'recordedAt'],
        ),
        allOf: sameStep,
      },
    },
  },
  {
    type: 'intake.CounsellingSessionPaused',
    context: 'intake',
    description: 'A counselling session in progress was paused; the reason given is personal.',
    versions: {
      1: closed({ caseId: id, sessionId: id, pausedAt: isoDateTime, personal: closed({ reason: text(500) }) }, ['caseId', 'sessionId', 'pausedAt']),
    },
  },
  {
    type: 'intake.CounsellingSessionResumed',
    context: 'intake',
    description: 'A paused counselling session resumed; it carries no personal data.',
    versions: {
      1: closed({ caseId: id, sessionId: id, resumedAt: isoDateTime }, ['caseId', 'sessionId', 'resumedAt']),
    },
  },
  {
    type: 'intake.CounsellingSessionEnded',
    context: 'intake',
    description: 'A counselling session ended, completed or to be continued in a named later session, with the next session date if set; it carries no personal data.',
    versions: {
      1: {
        ...closed(
          {
            caseId: id,
            sessionId: id,
            endedAt: isoDateTime,
            outcome: enumOf(['completed', 'continued_later']),
            continuedInSessionId: id,
            nextSessionDate: isoDate,
          },
          ['caseId', 'sessionId', 'endedAt', 'outcome'],
        ),
        ...whenEquals('outcome', 'continued_later', { properties: { continuedInSessionId: id }, required: ['continuedInSessionId'] }),
      },
    },
  },
];
