import type { MonitoringEvent } from '@homeward/contracts/monitoring';
import { exhaustive } from '../shared/exhaustive';
import { raiseFollowUpOverdue, raiseReportDue } from './decide-alerts';
import { closeMonitoring, reopenMonitoring } from './decide-closure';
import { noteErasure, refuseOnceErased } from './decide-erasure';
import { addFollowUp, issueReport, moveFollowUp } from './decide-follow-ups';
import { recordFollowUpMeeting, recordWModelPoint } from './decide-meetings';
import { recordRssSurvey, rescoreSurveys } from './decide-rss';
import { noteApprovedPlan, notePlanEnded } from './decide-schedule';
import type { MonitoringCommand } from './monitoring.commands';
import { evolveMonitoring, initialMonitoringState, type CaseMonitoring } from './monitoring.state';

export function decideMonitoring(command: MonitoringCommand, state: CaseMonitoring): MonitoringEvent[] {
  refuseOnceErased(command, state);
  switch (command.type) {
    case 'NoteApprovedPlan':
      return noteApprovedPlan(command, state);
    case 'NotePlanEnded':
      return notePlanEnded(command, state);
    case 'NoteErasure':
      return noteErasure(command, state);
    case 'AddFollowUp':
      return addFollowUp(command, state);
    case 'MoveFollowUp':
      return moveFollowUp(command, state);
    case 'IssueReport':
      return issueReport(command, state);
    case 'RecordFollowUpMeeting':
      return recordFollowUpMeeting(command, state);
    case 'RecordWModelPoint':
      return recordWModelPoint(command, state);
    case 'RecordRssSurvey':
      return recordRssSurvey(command, state);
    case 'RescoreSurveys':
      return rescoreSurveys(command, state);
    case 'RaiseFollowUpOverdue':
      return raiseFollowUpOverdue(command, state);
    case 'RaiseReportDue':
      return raiseReportDue(command, state);
    case 'CloseMonitoring':
      return closeMonitoring(command, state);
    case 'ReopenMonitoring':
      return reopenMonitoring(command, state);
    default:
      return exhaustive(command);
  }
}

/** The monitoring of one case as the platform's command handler runs it (stream `monitoring-<caseId>`). */
export const monitoringDecider = { initialState: initialMonitoringState, evolve: evolveMonitoring, decide: decideMonitoring };
