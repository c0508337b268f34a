import type { IntakeTopicEvent } from '@homeward/contracts/intake';
import type { Reaction } from '@homeward/events';

type UrgentNeedIdentified = Extract<IntakeTopicEvent, { type: 'intake.UrgentNeedIdentified' }>;

/**
 * The need as intake identified it, handed to referrals' dispatcher to be referred: what it can go
 * to (the emergency providers of the office's country) and what may leave about her are looked up
 * there, so the reaction stays a pure function of the event, and urgentNeedPolicy then makes the command.
 */
export type ReferUrgentNeed = { type: 'ReferUrgentNeed'; data: UrgentNeedIdentified['data'] };

/** An urgent need identified in intake is referred at once, ahead of anything else about the case. */
export const openUrgentReferralWhenUrgentNeedIdentified: Reaction<UrgentNeedIdentified, ReferUrgentNeed> = {
  name: 'open-urgent-referral-when-urgent-need-identified',
  handles: ['intake.UrgentNeedIdentified'],
  react: ({ data }) => [{ type: 'ReferUrgentNeed', data }],
};
