import type { ContextContract } from '@homeward/events/catalogue';
import { planningAllocationEvents } from './allocation.schemas';
import { planningClockEvents } from './clock.schemas';
import { planningConsentEvents } from './consent-facts.schemas';
import { planningErasureEvents } from './erasure-facts.schemas';
import { planningGridEvents } from './grid.schemas';
import { planningPlanEvents } from './plan.schemas';
import { planningScreeningEvents } from './screening-facts.schemas';

/** Planning's published language: every event the planning domain can emit (PlanEvent, GridEvent), one schema per version. */
export const planningContract: ContextContract = {
  context: 'planning',
  events: [...planningClockEvents, ...planningConsentEvents, ...planningScreeningEvents, ...planningErasureEvents, ...planningPlanEvents, ...planningAllocationEvents, ...planningGridEvents],
};
