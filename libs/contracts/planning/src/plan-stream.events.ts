import type { AllocationEvent } from './allocation.events';
import type { PlanClockEvent } from './clock.events';
import type { ConsentNoted } from './consent-facts.events';
import type { PlanLifecycleEvent } from './plan.events';
import type { VulnerabilityScreeningNoted } from './screening-facts.events';
import type { ReturneeErasureNoted } from './erasure-facts.events';

/** Everything that can happen to a case's reintegration plan, in its one stream (`plan-<caseId>`). */
export type PlanEvent = PlanClockEvent | ConsentNoted | VulnerabilityScreeningNoted | ReturneeErasureNoted | PlanLifecycleEvent | AllocationEvent;

/** Written as a record so that a new event in the union fails to compile until it is listed here. */
const EVERY_PLAN_EVENT: Record<PlanEvent['type'], true> = {
  'planning.PlanDue': true,
  'planning.PlanDerogationGranted': true,
  'planning.PreDeparturePlanNoted': true,
  'planning.PreDeparturePlanReviewed': true,
  'planning.PlanInputsRecorded': true,
  'planning.ConsentNoted': true,
  'planning.VulnerabilityScreeningNoted': true,
  'planning.ReturneeErasureNoted': true,
  'planning.PlanDrafted': true,
  'planning.PlanRevised': true,
  'planning.PlanSubmitted': true,
  'planning.PlanApproved': true,
  'planning.PlanActivated': true,
  'planning.ReferralRequested': true,
  'planning.PlanSuspended': true,
  'planning.PlanCompleted': true,
  'planning.PlanClosed': true,
  'planning.AllocationDecided': true,
  'planning.AllocationApproved': true,
  'planning.DisbursementRecorded': true,
};

export const PLAN_EVENT_TYPES = Object.keys(EVERY_PLAN_EVENT) as Array<PlanEvent['type']>;
