import type { EventDefinition, JsonSchema } from '@homeward/events/catalogue';
import { closed, count, enumOf, id, isoDate, isoDateTime, label, languageCode, listOf, text } from '@homeward/events/catalogue';
import { CLOSURE_REASONS, ELEMENT_STATUSES, MAX_ELEMENTS, PLAN_ELEMENT_TYPES, RESPONSIBILITIES, SUSPENSION_REASONS } from './vocabulary';

const version = { type: 'integer', minimum: 1, maximum: 1000 } as const;
const score = { type: 'number', minimum: 0, maximum: 1 } as const;
const words = text(4000);

/** A provider of the directory by id, or one named in free text: an organisation, never a person. */
export const elementProvider: JsonSchema = {
  oneOf: [closed({ providerId: id }, ['providerId']), closed({ name: label(200), contact: label(300) }, ['name'])],
};

const element = closed(
  {
    elementId: id,
    type: enumOf(PLAN_ELEMENT_TYPES),
    provider: elementProvider,
    responsibility: enumOf(RESPONSIBILITIES),
    startOn: isoDate,
    endOn: isoDate,
    status: enumOf(ELEMENT_STATUSES),
    fromGrid: closed({ gridId: id, gridVersion: version, rowId: id }, ['gridId', 'gridVersion', 'rowId']),
  },
  ['elementId', 'type', 'responsibility', 'status'],
);

const structure = {
  elements: listOf(element, MAX_ELEMENTS),
  estimatedDurationMonths: count(60),
  baselineScores: closed({ economic: score, social: score, psychosocial: score, composite: score, measuredOn: isoDate }, ['economic', 'social', 'psychosocial', 'composite', 'measuredOn']),
};

const versionWords = {
  elementDescriptions: listOf(closed({ elementId: id, description: text(2000) }, ['elementId', 'description']), MAX_ELEMENTS),
  followUp: words,
  feedbackCollection: words,
  informationExchange: words,
  exitStrategy: words,
  transitionToMainstream: words,
};

/** A plan version's life: drafted, revised, submitted, approved, activated under consent, suspended, completed or closed. */
export const planningPlanEvents: EventDefinition[] = [
  {
    type: 'planning.PlanDrafted',
    context: 'planning',
    description:
      "A version of the reintegration plan as drafted now (the first, or a later draft of it before submission): its elements (type, provider, responsibility, dates, status, the grid row that proposed it), estimated duration and baseline scores; every text (descriptions, follow-up, feedback, information exchange, exit strategy, transition) is personal (under the returnee's personal key even for a medical or psychosocial element: the sensitive key is intake's alone, and a plan's words never leave planning).",
    versions: {
      1: closed(
        { caseId: id, version, draftedAt: isoDateTime, draftedOn: isoDate, ...structure, personal: closed(versionWords, ['elementDescriptions']) },
        ['caseId', 'version', 'draftedAt', 'draftedOn', 'elements'],
      ),
    },
  },
  {
    type: 'planning.PlanRevised',
    context: 'planning',
    description:
      'A new version of a plan in force or suspended, from fromVersion, with the same shape as a draft; the reason for the change is personal with the texts.',
    versions: {
      1: closed(
        {
          caseId: id,
          version,
          fromVersion: version,
          revisedAt: isoDateTime,
          revisedOn: isoDate,
          ...structure,
          personal: closed({ ...versionWords, reason: text(2000) }, ['elementDescriptions', 'reason']),
        },
        ['caseId', 'version', 'fromVersion', 'revisedAt', 'revisedOn', 'elements'],
      ),
    },
  },
  {
    type: 'planning.PlanSubmitted',
    context: 'planning',
    description: 'A version, with its exit strategy, was submitted for a supervisor\'s approval. No personal data.',
    versions: { 1: closed({ caseId: id, version, submittedAt: isoDateTime }, ['caseId', 'version', 'submittedAt']) },
  },
  {
    type: 'planning.PlanApproved',
    context: 'planning',
    description: 'A supervisor approved a submitted version. No personal data.',
    versions: { 1: closed({ caseId: id, version, approvedBy: id, approvedAt: isoDateTime }, ['caseId', 'version', 'approvedBy', 'approvedAt']) },
  },
  {
    type: 'planning.PlanActivated',
    context: 'planning',
    description:
      "An approved version came into force under the returnee's consent to it (intake's register: form version, language, date) and consent to referral to each outside provider; it supersedes the version before. No personal data.",
    versions: {
      1: closed(
        {
          caseId: id,
          version,
          supersedesVersion: version,
          activatedAt: isoDateTime,
          consent: closed({ consentId: id, formVersion: label(32), language: languageCode, decidedOn: isoDate }, ['consentId', 'formVersion', 'language', 'decidedOn']),
          referralConsentIds: { type: 'array', items: id, maxItems: MAX_ELEMENTS, uniqueItems: true },
        },
        ['caseId', 'version', 'activatedAt', 'consent', 'referralConsentIds'],
      ),
    },
  },
  {
    type: 'planning.ReferralRequested',
    context: 'planning',
    description: 'An element of the version now in force needs an outside service: the referrals service acts on it. It names the element type and provider, never the person.',
    versions: {
      1: closed(
        { caseId: id, planVersion: version, elementId: id, elementType: enumOf(PLAN_ELEMENT_TYPES), provider: elementProvider, startOn: isoDate, requestedAt: isoDateTime },
        ['caseId', 'planVersion', 'elementId', 'elementType', 'requestedAt'],
      ),
    },
  },
  {
    type: 'planning.PlanSuspended',
    context: 'planning',
    description: 'The returnee withdrew consent to assistance: the plan stops and is flagged until a new version is consented to. No personal data.',
    versions: {
      1: closed({ caseId: id, reason: enumOf(SUSPENSION_REASONS), consentId: id, suspendedAt: isoDateTime }, ['caseId', 'reason', 'consentId', 'suspendedAt']),
    },
  },
  {
    type: 'planning.PlanCompleted',
    context: 'planning',
    description: 'The version in force was carried out as its exit strategy says; the note is personal.',
    versions: {
      1: closed({ caseId: id, version, completedAt: isoDateTime, personal: closed({ note: text(2000) }) }, ['caseId', 'version', 'completedAt']),
    },
  },
  {
    type: 'planning.PlanClosed',
    context: 'planning',
    description: 'The plan ended without completion: assistance refused (with the consent decision), the returnee withdrew, contact lost, or other; the note is personal.',
    versions: {
      1: closed(
        { caseId: id, reason: enumOf(CLOSURE_REASONS), closedAt: isoDateTime, consentId: id, personal: closed({ note: text(2000) }) },
        ['caseId', 'reason', 'closedAt'],
      ),
    },
  },
];
