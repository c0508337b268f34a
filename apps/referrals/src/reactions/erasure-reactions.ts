import type { IntakeTopicEvent } from '@homeward/contracts/intake';
import type { Reaction, Recorded } from '@homeward/events';
import type { ReferralCommandInput } from '../referral-commands/referral-commands';

type ReturneeErased = Extract<IntakeTopicEvent, { type: 'intake.ReturneeErased' }>;

/** Intake erased the returnee (her keys, referrals' protection key too, are gone): her referrals take nothing more. */
export const noteErasureWhenReturneeErased: Reaction<ReturneeErased, ReferralCommandInput> = {
  name: 'note-erasure-when-returnee-erased',
  handles: ['intake.ReturneeErased'],
  react: (event: Recorded<ReturneeErased>) => [{ type: 'NoteErasure', data: { caseId: event.data.caseId, erasedAt: event.data.erasedAt } }],
};
