import type { Deadline } from '@homeward/events';
import type { ReferralCommandInput } from '../referral-commands/referral-commands';
import { acknowledgementsDueProjection, type AcknowledgementDue } from './acknowledgements-due.projection';

/**
 * Unless the provider acknowledges an urgent referral by its time, the supervisor of the office
 * holding the case is told (the dispatcher names that office as it is now). The decider judges
 * the rest: acknowledged meanwhile or already escalated for this deadline, nothing is appended.
 */
export const escalateWhenUnacknowledged: Deadline<AcknowledgementDue, ReferralCommandInput> = {
  name: 'escalate-urgent-referral-when-unacknowledged',
  pending: acknowledgementsDueProjection,
  commandsFor: (item) => [{ type: 'EscalateReferral', data: { caseId: item.caseId, referralId: item.referralId } }],
};
