import type { IntakeTopicEvent } from '@homeward/contracts/intake';
import { consentDecisionOf } from '@homeward/domain';
import type { Reaction } from '@homeward/events';
import type { ReferralCommandInput } from '../referral-commands/referral-commands';

type Topic<T extends IntakeTopicEvent['type']> = Extract<IntakeTopicEvent, { type: T }>;

const HANDLED = ['intake.ConsentGiven', 'intake.ConsentRefused', 'intake.ConsentWithdrawn'] as const satisfies readonly IntakeTopicEvent['type'][];

/** The register's decision as referrals keeps it, to gate what leaves: the form, without the witness or anything personal. */
const decided = (event: Topic<(typeof HANDLED)[number]>): ReferralCommandInput[] => [{ type: 'NoteConsent', data: consentDecisionOf(event) }];

/** What referrals does when intake's topic says something about a case: pure, from one event to the case's commands. */
export const referralsIntakeReactions: Reaction<Topic<(typeof HANDLED)[number]>, ReferralCommandInput> = {
  name: 'update-referrals-when-intake-records',
  handles: HANDLED,
  react: decided,
};
