import { exhaustive } from '../shared/exhaustive';
import type { CaseCommand } from './case.commands';
import type { CaseEvent } from '@homeward/contracts/intake';
import type { CaseState } from './case.state';
import { assessIndividualFactor, markUrgentNeedAddressed, recordVulnerabilityScreening } from './decide-assessment';
import { decideConsent, shareCaseData, withdrawConsent } from './decide-consent';
import { continueSessionLater, pauseSession, recordSessionStep, resumeSession, scheduleSession, startSession } from './decide-counselling';
import { correctIdentity } from './decide-correction';
import { addFamilyMember, removeFamilyMember } from './decide-family';
import { acceptCase, assignCase, transferCase } from './decide-assignment';
import { eraseReturnee, refuseOnceErased } from './decide-erasure';
import { changeContactDetails, recordArrival, recordReturnCircumstances, registerReturnee } from './decide-registration';
import { withDetailsShared } from './share-with-organisation';

export function decideCase(command: CaseCommand, state: CaseState): CaseEvent[] {
  refuseOnceErased(command, state);
  return withDetailsShared(state, decideCommand(command, state), command.metadata);
}

function decideCommand(command: CaseCommand, state: CaseState): CaseEvent[] {
  switch (command.type) {
    case 'RegisterReturnee':
      return registerReturnee(command, state);
    case 'RecordArrival':
      return recordArrival(command, state);
    case 'CorrectIdentity':
      return correctIdentity(command, state);
    case 'ChangeContactDetails':
      return changeContactDetails(command, state);
    case 'AddFamilyMember':
      return addFamilyMember(command, state);
    case 'RemoveFamilyMember':
      return removeFamilyMember(command, state);
    case 'TransferCase':
      return transferCase(command, state);
    case 'AssignCase':
      return assignCase(command, state);
    case 'AcceptCase':
      return acceptCase(command, state);
    case 'RecordReturnCircumstances':
      return recordReturnCircumstances(command, state);
    case 'ScheduleSession':
      return scheduleSession(command, state);
    case 'StartSession':
      return startSession(command, state);
    case 'RecordSessionStep':
      return recordSessionStep(command, state);
    case 'PauseSession':
      return pauseSession(command, state);
    case 'ResumeSession':
      return resumeSession(command, state);
    case 'ContinueSessionLater':
      return continueSessionLater(command, state);
    case 'AssessIndividualFactor':
      return assessIndividualFactor(command, state);
    case 'RecordVulnerabilityScreening':
      return recordVulnerabilityScreening(command, state);
    case 'MarkUrgentNeedAddressed':
      return markUrgentNeedAddressed(command, state);
    case 'GiveConsent':
    case 'RefuseConsent':
      return decideConsent(command, state);
    case 'WithdrawConsent':
      return withdrawConsent(command, state);
    case 'ShareCaseData':
      return shareCaseData(command, state);
    case 'EraseReturnee':
      return eraseReturnee(command, state);
    default:
      return exhaustive(command);
  }
}
