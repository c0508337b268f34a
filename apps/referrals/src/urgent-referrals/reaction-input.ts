import type { ReactionCause } from '@homeward/events';
import type { ReferralCommandInput } from '../referral-commands/referral-commands';
import type { ReferUrgentNeed } from './open-urgent-referral-when-urgent-need-identified';

/** What referrals' reactions and deadlines hand its dispatcher: its commands, and an urgent need still to be looked up. */
export type ReferralReactionInput = ReferralCommandInput | ReferUrgentNeed;

/** Completes what a pure reaction or deadline handed over into the command to run (UrgentReferralResolver). */
export interface ReactionInputResolver {
  complete(input: ReferralReactionInput, cause: ReactionCause): Promise<ReferralCommandInput>;
}

// A token, not the class: the resolver reads the directory, whose lookup names ReferralCommands' streams.
export const REACTION_INPUT_RESOLVER = Symbol('REACTION_INPUT_RESOLVER');
