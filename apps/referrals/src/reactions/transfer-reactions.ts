import type { IntakeTopicEvent } from '@homeward/contracts/intake';
import type { Reaction, Recorded } from '@homeward/events';
import type { ReferralCommandInput } from '../referral-commands/referral-commands';

type CaseTransferred = Extract<IntakeTopicEvent, { type: 'intake.CaseTransferred' }>;

/** Intake moved the case to another country's office: its referrals follow, into that office's lists. */
export const moveReferralsWhenCaseTransferred: Reaction<CaseTransferred, ReferralCommandInput> = {
  name: 'move-referrals-when-case-transferred',
  handles: ['intake.CaseTransferred'],
  react: (event: Recorded<CaseTransferred>) => [{ type: 'NoteCaseTransfer', data: { caseId: event.data.caseId, office: event.data.toCountry, transferredAt: event.data.transferredAt } }],
};
