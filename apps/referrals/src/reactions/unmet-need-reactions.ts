import type { PlanningTopicEvent } from '@homeward/contracts/planning';
import type { Reaction, Recorded } from '@homeward/events';
import type { ReferralCommandInput } from '../referral-commands/referral-commands';

type ReferralRequested = Extract<PlanningTopicEvent, { type: 'planning.ReferralRequested' }>;

/**
 * An element of the plan in force names its provider only in free text: no provider of the directory
 * takes it, so the need is recorded as unmet (handbook 2.3.2), in the country of the office holding
 * the plan, for the element. Its id is the planning event's, so a redelivery names the same need; the
 * decider records an element once while its need is open. An element naming a provider of the
 * directory is a referral (planning-reactions.ts), not this.
 */
function recordUnmetNeed(event: Recorded<ReferralRequested>): ReferralCommandInput[] {
  const { caseId, elementId, elementType, provider } = event.data;
  if (!provider || 'providerId' in provider) return [];
  return [{ type: 'RecordUnmetNeed', data: { caseId, unmetNeedId: event.eventId, serviceType: elementType, country: event.country, source: 'plan_element', sourceId: elementId } }];
}

export const unmetNeedWhenPlanProviderOutsideDirectory: Reaction<ReferralRequested, ReferralCommandInput> = {
  name: 'record-unmet-need-when-plan-element-names-no-provider-of-the-directory',
  handles: ['planning.ReferralRequested'],
  react: recordUnmetNeed,
};
