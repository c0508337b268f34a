import { registerDayNow } from '../consent/noted-consent';
import type { PlanEvent } from '@homeward/contracts/planning';
import { needsOutsideService, providerKey } from './plan-content';
import { planConsentCoverage } from './plan-consent';
import type { ActivatePlan, ApprovePlan, ClosePlan, CompletePlan, SubmitPlan } from './plan.commands';
import { latestNamed, livePlan, requireInForce, requireSupervisor } from './plan.guards';
import { versionInForce, type PlanState } from './plan.state';
import { PlanningError } from './planning.errors';

/**
 * A version goes to a supervisor complete: with at least one element and an exit strategy (handbook
 * 2.3.3: plans always include one), and, for the first plan after arrival, with the pre-departure plan reviewed.
 */
export function submitPlan({ data, metadata }: SubmitPlan, state: PlanState): PlanEvent[] {
  const plan = livePlan(state, data.caseId);
  const version = latestNamed(plan, data.version);
  if (version.status !== 'draft') throw new PlanningError('PLAN_ALREADY_SUBMITTED', `Version ${version.number} is ${version.status}`, 'version');
  if (!version.content.elements.length) throw new PlanningError('PLAN_HAS_NO_ELEMENTS', `Version ${version.number} has no element`);
  if (!version.content.exitStrategy?.trim()) throw new PlanningError('EXIT_STRATEGY_REQUIRED', `Version ${version.number} has no exit strategy`, 'exitStrategy');
  const preDeparture = plan.facts.preDeparturePlan;
  if (version.number === 1 && preDeparture && !preDeparture.reviewed) {
    throw new PlanningError('PRE_DEPARTURE_PLAN_NOT_REVIEWED', `Review the plan of pre-departure session ${preDeparture.sessionId} first`);
  }
  return [{ type: 'planning.PlanSubmitted', data: { caseId: plan.caseId, version: version.number, submittedAt: metadata.now } }];
}

export function approvePlan({ data, metadata }: ApprovePlan, state: PlanState): PlanEvent[] {
  const plan = livePlan(state, data.caseId);
  requireSupervisor(metadata, 'approves a plan');
  const version = latestNamed(plan, data.version);
  if (version.status === 'draft') throw new PlanningError('PLAN_NOT_SUBMITTED', `Version ${version.number} is a draft`, 'version');
  if (version.status !== 'submitted') throw new PlanningError('PLAN_ALREADY_APPROVED', `Version ${version.number} is ${version.status}`, 'version');
  return [{ type: 'planning.PlanApproved', data: { caseId: plan.caseId, version: version.number, approvedBy: metadata.userId, approvedAt: metadata.now } }];
}

/**
 * An approved version comes into force only under the returnee's consent to all its components;
 * then each element an outside provider delivers, new or with a new provider, is referred.
 */
export function activatePlan({ data, metadata }: ActivatePlan, state: PlanState): PlanEvent[] {
  const plan = livePlan(state, data.caseId);
  const version = latestNamed(plan, data.version);
  if (version.status === 'active') throw new PlanningError('PLAN_ALREADY_ACTIVE', `Version ${version.number} is already active`, 'version');
  if (version.status !== 'approved') throw new PlanningError('PLAN_NOT_APPROVED', `Version ${version.number} is ${version.status}`, 'version');
  const coverage = planConsentCoverage(version, plan.facts.consents, registerDayNow(plan.facts.consents, metadata.today, metadata.now));
  if (!coverage.covered) {
    throw new PlanningError('PLAN_CONSENT_MISSING', `The returnee's consent does not cover version ${version.number}`, undefined, { uncovered: coverage.uncovered });
  }
  const superseded = versionInForce(plan);
  const activated: PlanEvent = {
    type: 'planning.PlanActivated',
    data: {
      caseId: plan.caseId,
      version: version.number,
      ...(superseded ? { supersedesVersion: superseded.number } : {}),
      activatedAt: metadata.now,
      consent: coverage.consent,
      referralConsentIds: coverage.referralConsentIds,
    },
  };
  const referrals = version.content.elements
    .filter((e) => needsOutsideService(e) && plan.referred[e.elementId] !== providerKey(e))
    .map((e): PlanEvent => ({
      type: 'planning.ReferralRequested',
      data: {
        caseId: plan.caseId,
        planVersion: version.number,
        elementId: e.elementId,
        elementType: e.type,
        ...(e.provider ? { provider: e.provider } : {}),
        ...(e.startOn ? { startOn: e.startOn } : {}),
        requestedAt: metadata.now,
      },
    }));
  return [activated, ...referrals];
}

/** A plan is completed as its exit strategy says, from the version in force and no other. */
export function completePlan({ data, metadata }: CompletePlan, state: PlanState): PlanEvent[] {
  const plan = livePlan(state, data.caseId);
  const inForce = requireInForce(plan);
  if (plan.status === 'revised') throw new PlanningError('REVISION_PENDING', 'Finish or drop the revision under way before completing the plan');
  return [{ type: 'planning.PlanCompleted', data: { caseId: plan.caseId, version: inForce.number, completedAt: metadata.now, ...(data.note ? { personal: { note: data.note } } : {}) } }];
}

export function closePlan({ data, metadata }: ClosePlan, state: PlanState): PlanEvent[] {
  const plan = livePlan(state, data.caseId);
  return [{ type: 'planning.PlanClosed', data: { caseId: plan.caseId, reason: data.reason, closedAt: metadata.now, ...(data.note ? { personal: { note: data.note } } : {}) } }];
}
