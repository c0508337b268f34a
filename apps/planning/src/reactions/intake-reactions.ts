import type { IntakeTopicEvent } from '@homeward/contracts/intake';
import { consentDecisionOf } from '@homeward/domain';
import type { Reaction } from '@homeward/events';
import type { PlanCommandInput } from '../plan-commands/plan-commands';

type Topic<T extends IntakeTopicEvent['type']> = Extract<IntakeTopicEvent, { type: T }>;

const HANDLED = [
  'intake.ReturneeArrived',
  'intake.ConsentGiven',
  'intake.ConsentRefused',
  'intake.ConsentWithdrawn',
  'intake.CounsellingStepRecorded',
  'intake.VulnerabilityScreened',
  'intake.ReturneeErased',
] as const satisfies readonly IntakeTopicEvent['type'][];

/** The returnee is back in the country of origin: the plan clock starts there, the office of origin holding the plan. */
const arrived = ({ data }: Topic<'intake.ReturneeArrived'>): PlanCommandInput[] => [
  { type: 'StartPlanClock', data: { caseId: data.caseId, returneeId: data.returneeId, country: data.countryOfOrigin, arrivalDate: data.arrivalDate } },
];

/** The register's decision as planning keeps it: the form, without the witness or anything personal. */
const decided = (event: Topic<'intake.ConsentGiven' | 'intake.ConsentRefused' | 'intake.ConsentWithdrawn'>): PlanCommandInput[] => [{ type: 'NoteConsent', data: consentDecisionOf(event) }];

/**
 * A plan designed at a counselling session. The topic's step names no phase (the session's phase is on
 * its scheduling and start); the plan's decider tells a pre-departure design by the clock not running yet,
 * as intake takes pre-departure steps only before the arrival and post-arrival ones only after it.
 */
const stepRecorded = ({ data }: Topic<'intake.CounsellingStepRecorded'>): PlanCommandInput[] =>
  data.step === 'plan_design' ? [{ type: 'NotePreDeparturePlan', data: { caseId: data.caseId, sessionId: data.sessionId, designedAt: data.recordedAt } }] : [];

/** A vulnerability screened in intake: its urgency reaches the plan, its area stays in intake. */
const screened = ({ data }: Topic<'intake.VulnerabilityScreened'>): PlanCommandInput[] => [
  { type: 'NoteVulnerabilityScreening', data: { caseId: data.caseId, screeningId: data.screeningId, urgency: data.urgency, screenedAt: data.screenedAt } },
];

/** Her personal data is erased in intake: the plan takes nothing more. */
const erased = ({ data }: Topic<'intake.ReturneeErased'>): PlanCommandInput[] => [{ type: 'NoteErasure', data: { caseId: data.caseId, erasedAt: data.erasedAt } }];

function react(event: IntakeTopicEvent): PlanCommandInput[] {
  switch (event.type) {
    case 'intake.ReturneeArrived':
      return arrived(event);
    case 'intake.ConsentGiven':
    case 'intake.ConsentRefused':
    case 'intake.ConsentWithdrawn':
      return decided(event);
    case 'intake.CounsellingStepRecorded':
      return stepRecorded(event);
    case 'intake.VulnerabilityScreened':
      return screened(event);
    case 'intake.ReturneeErased':
      return erased(event);
    default:
      return [];
  }
}

/** What planning does when intake's topic says something about a case: pure, from one event to the plan's commands. */
export const planningReactions: Reaction<IntakeTopicEvent, PlanCommandInput> = {
  name: 'update-plan-when-intake-records',
  handles: HANDLED,
  react,
};
