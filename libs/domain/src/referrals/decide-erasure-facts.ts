import type { ReferralsEvent } from '@homeward/contracts/referrals';
import type { NoteErasureForReferrals as NoteErasure, ReferralsCommand } from './referral.commands';
import { ReferralsError } from './referrals.errors';
import type { CaseReferrals } from './referrals.state';

/**
 * Intake erased the returnee: nothing personal can be sealed about her any more (her protection key
 * went with the others), and her referrals take nothing more. What was recorded stays in the history,
 * its words unreadable; the unmet needs still count, without her, in the aggregate report.
 */
export function noteErasure({ data }: NoteErasure, state: CaseReferrals): ReferralsEvent[] {
  if (state.erasedAt) return [];
  return [{ type: 'referrals.ReturneeErasureNoted', data: { caseId: data.caseId, erasedAt: data.erasedAt } }];
}

/** What intake still says is kept (none of it personal); anything else asked about her is refused. */
const STILL_NOTED: ReadonlySet<ReferralsCommand['type']> = new Set(['NoteConsent', 'NoteErasure', 'NoteCaseTransfer']);

/** A case whose returnee was erased takes no new referral, need or plan, as intake's case takes none. */
export function refuseOnceErased(command: ReferralsCommand, state: CaseReferrals): void {
  if (state.erasedAt && !STILL_NOTED.has(command.type)) throw new ReferralsError('RETURNEE_ERASED');
}
