import type { ReferralsEvent } from '@homeward/contracts/referrals';
import { exhaustive } from '../shared/exhaustive';
import { acceptReferral, acknowledgeReferral, declineReferral } from './decide-answers';
import { noteConsent } from './decide-consent-facts';
import { noteErasure, refuseOnceErased } from './decide-erasure-facts';
import { noteCaseTransfer } from './decide-transfer-facts';
import { closeReferral, recordFollowUp, recordServiceDelivery } from './decide-progress';
import { requestReferral } from './decide-request';
import { decideRelocation, recordSafetyPlan } from './decide-safety';
import { sendReferral } from './decide-sending';
import { closeUnmetNeed, markUnmetNeedMet, recordUnmetNeed } from './decide-unmet-needs';
import { escalateReferral, openUrgentReferral } from './decide-urgent';
import type { ReferralsCommand } from './referral.commands';
import { evolveReferrals, initialReferralsState, type CaseReferrals } from './referrals.state';

export function decideReferrals(command: ReferralsCommand, state: CaseReferrals): ReferralsEvent[] {
  refuseOnceErased(command, state);
  switch (command.type) {
    case 'NoteConsent':
      return noteConsent(command, state);
    case 'NoteErasure':
      return noteErasure(command, state);
    case 'NoteCaseTransfer':
      return noteCaseTransfer(command, state);
    case 'RequestReferral':
      return requestReferral(command, state);
    case 'SendReferral':
      return sendReferral(command, state);
    case 'AcknowledgeReferral':
      return acknowledgeReferral(command, state);
    case 'AcceptReferral':
      return acceptReferral(command, state);
    case 'DeclineReferral':
      return declineReferral(command, state);
    case 'RecordServiceDelivery':
      return recordServiceDelivery(command, state);
    case 'RecordFollowUp':
      return recordFollowUp(command, state);
    case 'CloseReferral':
      return closeReferral(command, state);
    case 'OpenUrgentReferral':
      return openUrgentReferral(command, state);
    case 'EscalateReferral':
      return escalateReferral(command, state);
    case 'RecordUnmetNeed':
      return recordUnmetNeed(command, state);
    case 'MarkUnmetNeedMet':
      return markUnmetNeedMet(command, state);
    case 'CloseUnmetNeed':
      return closeUnmetNeed(command, state);
    case 'RecordSafetyPlan':
      return recordSafetyPlan(command, state);
    case 'DecideRelocation':
      return decideRelocation(command, state);
    default:
      return exhaustive(command);
  }
}

/** The referrals of one case as the platform's command handler runs it (stream `referrals-<caseId>`). */
export const referralsDecider = { initialState: initialReferralsState, evolve: evolveReferrals, decide: decideReferrals };
