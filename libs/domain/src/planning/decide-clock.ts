import type { PlanEvent } from '@homeward/contracts/planning';
import { monthsAfter, notInFuture } from '../shared/dates';
import { definedFields } from '../shared/defined-fields';
import { assistanceDecision } from './consent-facts';
import type { GrantDerogation, NotePreDeparturePlan, StartPlanClock, RecordPlanInputs, ReviewPreDeparturePlan } from './plan.commands';
import { livePlan, requireSupervisor } from './plan.guards';
import type { PlanState } from './plan.state';
import { PLAN_DUE_AFTER_MONTHS } from './plan-clock';
import { PlanningError } from './planning.errors';

/**
 * The arrival starts the plan clock. Intake records an arrival once; a redelivered one changes
 * nothing. An assistance already refused or withdrawn before it closes or suspends the plan at once.
 */
export function startPlanClock({ data, metadata }: StartPlanClock, state: PlanState): PlanEvent[] {
  if (state.status !== 'none') return [];
  const due: PlanEvent = {
    type: 'planning.PlanDue',
    data: { caseId: data.caseId, returneeId: data.returneeId, country: data.country, arrivalDate: data.arrivalDate, dueOn: monthsAfter(data.arrivalDate, PLAN_DUE_AFTER_MONTHS) },
  };
  const assistance = assistanceDecision(state.facts.consents);
  if (assistance.decision === 'refused') {
    return [due, { type: 'planning.PlanClosed', data: { caseId: data.caseId, reason: 'assistance_refused', consentId: assistance.consentId, closedAt: metadata.now } }];
  }
  if (assistance.decision === 'withdrawn') {
    return [due, { type: 'planning.PlanSuspended', data: { caseId: data.caseId, reason: 'assistance_consent_withdrawn', consentId: assistance.consentId, suspendedAt: metadata.now } }];
  }
  return [due];
}

/** Deadlines are flexible (handbook 2.3): a supervisor extends one, with the reason, until a version is approved. */
export function grantDerogation({ data, metadata }: GrantDerogation, state: PlanState): PlanEvent[] {
  const plan = livePlan(state, data.caseId);
  requireSupervisor(metadata, 'grants a derogation');
  if (plan.finalisedOn) throw new PlanningError('PLAN_ALREADY_FINALISED', `A version was approved on ${plan.finalisedOn}`);
  if (data.dueOn <= plan.dueOn || data.dueOn < metadata.today) {
    throw new PlanningError('DEROGATION_NOT_LATER', `The plan is due on ${plan.dueOn}; a derogation sets a later day, not before ${metadata.today}`, 'dueOn');
  }
  return [
    {
      type: 'planning.PlanDerogationGranted',
      data: { caseId: plan.caseId, previousDueOn: plan.dueOn, dueOn: data.dueOn, approvedBy: metadata.userId, grantedAt: metadata.now, personal: { reason: data.reason } },
    },
  ];
}

/**
 * A plan designed before departure waits for the first plan after arrival to review it. Intake's
 * topic does not say a step's phase, but intake takes a pre-departure session's steps only before
 * the arrival and a post-arrival one's only after it: a plan design met once the clock runs is a
 * post-arrival session's, with nothing to review.
 */
export function notePreDeparturePlan({ data }: NotePreDeparturePlan, state: PlanState): PlanEvent[] {
  if (state.status !== 'none' || state.facts.preDeparturePlan?.sessionId === data.sessionId) return [];
  return [{ type: 'planning.PreDeparturePlanNoted', data: { caseId: data.caseId, sessionId: data.sessionId, designedAt: data.designedAt } }];
}

export function reviewPreDeparturePlan({ data, metadata }: ReviewPreDeparturePlan, state: PlanState): PlanEvent[] {
  const plan = livePlan(state, data.caseId);
  const noted = plan.facts.preDeparturePlan;
  if (noted?.sessionId !== data.sessionId) throw new PlanningError('PRE_DEPARTURE_PLAN_NOT_FOUND', `No pre-departure plan comes from session ${data.sessionId}`, 'sessionId');
  if (noted.reviewed) throw new PlanningError('PRE_DEPARTURE_PLAN_ALREADY_REVIEWED');
  return [
    {
      type: 'planning.PreDeparturePlanReviewed',
      data: { caseId: plan.caseId, sessionId: data.sessionId, outcome: data.outcome, reviewedAt: metadata.now, ...(data.notes ? { personal: { notes: data.notes } } : {}) },
    },
  ];
}

/** Goals and motivations, the assessments and the context the plan starts from: the whole set as it now is. */
export function recordPlanInputs({ data, metadata }: RecordPlanInputs, state: PlanState): PlanEvent[] {
  const plan = livePlan(state, data.caseId);
  if (data.goalsSource === 'counselling_session' && !data.sessionId) throw new PlanningError('SESSION_REQUIRED', 'Goals from a counselling session name the session', 'sessionId');
  data.assessments.forEach((a, i) => a.assessedOn && notInFuture(a.assessedOn, metadata.today, `assessments.${i}.assessedOn`, 'An assessment'));
  return [
    {
      type: 'planning.PlanInputsRecorded',
      data: {
        caseId: plan.caseId,
        goalsSource: data.goalsSource,
        ...definedFields({ sessionId: data.sessionId }),
        assessments: data.assessments,
        recordedAt: metadata.now,
        personal: { goals: data.goals, motivations: data.motivations, ...definedFields({ contextNotes: data.contextNotes }) },
      },
    },
  ];
}
