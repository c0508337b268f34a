import type { CommandMetadata } from '../shared/command-metadata';
import { PlanningError } from './planning.errors';
import { versionInForce, type Plan, type PlanState, type PlanVersion } from './plan.state';

/** A plan exists from the arrival on. */
export function existingPlan(state: PlanState, caseId: string): Plan {
  if (state.status === 'none') throw new PlanningError('PLAN_NOT_FOUND', `No plan is due for case ${caseId}: its arrival is not recorded`);
  return state;
}

/** A plan that can still change: neither completed nor closed. */
export function livePlan(state: PlanState, caseId: string): Plan {
  const plan = existingPlan(state, caseId);
  if (plan.status === 'completed' || plan.status === 'closed') throw new PlanningError('PLAN_ENDED', `The plan is ${plan.status}`);
  return plan;
}

/** Plans, allocations and derogations are approved by a supervisor (handbook: supervisor or programme manager). */
export function requireSupervisor(metadata: CommandMetadata, what: string): void {
  if (metadata.role !== 'supervisor') throw new PlanningError('SUPERVISOR_ONLY', `Only a supervisor ${what}`);
}

/** A command about a version names the latest one: the one its author read. */
export function latestNamed(plan: Plan, number: number): PlanVersion {
  const version = plan.versions.find((v) => v.number === number);
  if (!version) throw new PlanningError('PLAN_VERSION_NOT_FOUND', `The plan has no version ${number}`, 'version');
  const latest = plan.versions[plan.versions.length - 1];
  if (version !== latest) throw new PlanningError('PLAN_VERSION_NOT_LATEST', `Version ${number} is not the latest (${latest.number})`, 'version');
  return version;
}

/** What needs a version in force and no suspension: completing the plan, paying under it. */
export function requireInForce(plan: Plan): PlanVersion {
  if (plan.flag) throw new PlanningError('PLAN_SUSPENDED');
  const inForce = versionInForce(plan);
  if (!inForce) throw new PlanningError('PLAN_NOT_ACTIVE');
  return inForce;
}
