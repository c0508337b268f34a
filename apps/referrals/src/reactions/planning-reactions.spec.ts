import type { Recorded } from '@homeward/events';
import type { PlanningTopicEvent } from '@homeward/contracts/planning';
import { referralsPlanningReactions } from './planning-reactions';

type Requested = Extract<PlanningTopicEvent, { type: 'planning.ReferralRequested' }>;
const requested = (provider: Requested['data']['provider']) =>
  ({ type: 'planning.ReferralRequested', data: { caseId: 'c-1', planVersion: 2, elementId: 'e-training', elementType: 'vocational_training', ...(provider ? { provider } : {}), requestedAt: '2027-01-08T10:00:00.000Z' } }) as Recorded<Requested>;

describe("Planning's referral request, as referrals answers it", () => {
  it('asks for a referral of the element to the provider of the directory it names, for the element’s own type', () => {
    expect(referralsPlanningReactions.react(requested({ providerId: 'prov-tvet' }))).toEqual([
      { type: 'RequestReferralOfPlanElement', data: { caseId: 'c-1', planVersion: 2, elementId: 'e-training', serviceType: 'vocational_training', providerId: 'prov-tvet' } },
    ]);
  });

  it('asks for nothing for a provider named in free text, or for none: those are left to the unmet-needs reaction', () => {
    expect(referralsPlanningReactions.react(requested({ name: 'Centre de Thiès', contact: '+221 33 951 00 00' }))).toEqual([]);
    expect(referralsPlanningReactions.react(requested(undefined))).toEqual([]);
  });
});
