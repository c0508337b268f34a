import type { PlanEvent } from '@homeward/contracts/planning';
import { exhaustive } from '../shared/exhaustive';
import { approveAllocation, decideAllocation } from './decide-allocation';
import { grantDerogation, notePreDeparturePlan, startPlanClock, recordPlanInputs, reviewPreDeparturePlan } from './decide-clock';
import { noteConsent } from './decide-consent-facts';
import { recordDisbursement } from './decide-disbursement';
import { noteVulnerabilityScreening } from './decide-screening-facts';
import { noteErasure, refuseOnceErased } from './decide-erasure-facts';
import { draftPlan, revisePlan } from './decide-drafting';
import { activatePlan, approvePlan, closePlan, completePlan, submitPlan } from './decide-lifecycle';
import type { PlanCommand } from './plan.commands';
import { evolvePlan, initialPlanState, type PlanState } from './plan.state';

export function decidePlan(command: PlanCommand, state: PlanState): PlanEvent[] {
  refuseOnceErased(command, state);
  switch (command.type) {
    case 'StartPlanClock':
      return startPlanClock(command, state);
    case 'NoteConsent':
      return noteConsent(command, state);
    case 'NotePreDeparturePlan':
      return notePreDeparturePlan(command, state);
    case 'NoteVulnerabilityScreening':
      return noteVulnerabilityScreening(command, state);
    case 'NoteErasure':
      return noteErasure(command, state);
    case 'GrantDerogation':
      return grantDerogation(command, state);
    case 'ReviewPreDeparturePlan':
      return reviewPreDeparturePlan(command, state);
    case 'RecordPlanInputs':
      return recordPlanInputs(command, state);
    case 'DraftPlan':
      return draftPlan(command, state);
    case 'RevisePlan':
      return revisePlan(command, state);
    case 'SubmitPlan':
      return submitPlan(command, state);
    case 'ApprovePlan':
      return approvePlan(command, state);
    case 'ActivatePlan':
      return activatePlan(command, state);
    case 'CompletePlan':
      return completePlan(command, state);
    case 'ClosePlan':
      return closePlan(command, state);
    case 'DecideAllocation':
      return decideAllocation(command, state);
    case 'ApproveAllocation':
      return approveAllocation(command, state);
    case 'RecordDisbursement':
      return recordDisbursement(command, state);
    default:
      return exhaustive(command);
  }
}

/** The plan of one case as the platform's command handler runs it (stream `plan-<caseId>`). */
export const planDecider = { initialState: initialPlanState, evolve: evolvePlan, decide: decidePlan };
