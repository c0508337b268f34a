import type { PlanningTopicEvent } from '@homeward/contracts/planning';
import type { Reaction } from '@homeward/events';
import type { ReferralReactionCommand } from '../referral-commands/referral-request-resolver';

type Requested = Extract<PlanningTopicEvent, { type: 'planning.ReferralRequested' }>;

/**
 * An element of the plan in force needs an outside service: a provider of the directory is referred to
 * for the element's own type (the dispatcher looks the provider and the case's office up). A provider
 * named in free text is outside the directory, so nothing is requested here: recording that need as
 * unmet is the unmet-needs reaction's to do, not this one's.
 */
export function referralOfPlanElement({ data }: Requested): ReferralReactionCommand[] {
  if (!data.provider || !('providerId' in data.provider)) return [];
  const { caseId, planVersion, elementId, elementType } = data;
  return [{ type: 'RequestReferralOfPlanElement', data: { caseId, planVersion, elementId, serviceType: elementType, providerId: data.provider.providerId } }];
}

export const referralsPlanningReactions: Reaction<Requested, ReferralReactionCommand> = {
  name: 'request-referral-when-plan-element-referred',
  handles: ['planning.ReferralRequested'],
  react: referralOfPlanElement,
};
