import { Module } from '@nestjs/common';
import { intakeContract } from '@homeward/contracts/intake';
import { planningContract } from '@homeward/contracts/planning';
import { referralsContract } from '@homeward/contracts/referrals';
import type { Deadline, Reaction } from '@homeward/events';
import type { ServiceDefinition } from '@homeward/platform';
import { referralsResponses } from './openapi/answer';
import { ReferralCommands } from './referral-commands/referral-commands';
import { referralProjections, referralQueryControllers, referralQueryHandlers } from './referral-queries';
import { referralWriteControllers, referralWriteProviders, urgentReferralProviders } from './referral-writes';
import { referralsIntakeReactions } from './reactions/intake-reactions';
import { referralsPlanningReactions } from './reactions/planning-reactions';
import { escalateWhenUnacknowledged } from './escalation/escalate-when-unacknowledged.deadline';
import { openUrgentReferralWhenUrgentNeedIdentified } from './urgent-referrals/open-urgent-referral-when-urgent-need-identified';
import { noteErasureWhenReturneeErased } from './reactions/erasure-reactions';
import { moveReferralsWhenCaseTransferred } from './reactions/transfer-reactions';
import { unmetNeedWhenPlanProviderOutsideDirectory } from './reactions/unmet-need-reactions';

@Module({
  // The queries first: a fixed path (`/referrals/overdue`) is matched before one with a parameter.
  controllers: [...referralQueryControllers, ...referralWriteControllers],
  providers: [...new Set([...referralQueryHandlers, ...referralWriteProviders]), ...urgentReferralProviders],
})
export class ReferralsModule {}

export const referralsService: ServiceDefinition = {
  name: 'referrals',
  port: 3003,
  module: ReferralsModule,
  title: 'referrals',
  projections: referralProjections,
  publishes: referralsContract,
  // Intake's consents gate what leaves; planning's referral requests become referrals.
  consumes: [intakeContract, planningContract],
  reactions: {
    reactions: [
      referralsIntakeReactions as Reaction,
      referralsPlanningReactions as Reaction,
      openUrgentReferralWhenUrgentNeedIdentified as Reaction,
      unmetNeedWhenPlanProviderOutsideDirectory as Reaction,
      noteErasureWhenReturneeErased as Reaction,
      moveReferralsWhenCaseTransferred as Reaction,
    ],
    deadlines: [escalateWhenUnacknowledged as Deadline],
    dispatcher: ReferralCommands,
  },
  responses: referralsResponses,
  // Safety plans, relocations and health referrals go under referrals' own sensitive class; intake's `sensitive` stays intake's alone.
  keyClasses: ['personal', 'protection'],
};
