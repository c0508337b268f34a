import { afterCommands, CASE_ID, command, given, meeting, monitored, on, SYSTEM } from './testing/monitoring-fixtures';

const overdue = (day: string, followUpId = 'p1-m1') => command('RaiseFollowUpOverdue', { followUpId }, on(day, SYSTEM));
const reportDue = (day: string, report: 'mid_term' | 'final' = 'mid_term') => command('RaiseReportDue', { report }, on(day, SYSTEM));
const close = command('CloseMonitoring', { reason: 'contact_lost', closedOn: '2027-01-20', handover: [] }, on('2027-01-20'));

describe('Overdue follow-ups surface to the case manager and the supervisor, once', () => {
  it('a meeting not held by its day is overdue the day after', () => {
    given(monitored()).when(overdue('2027-01-26')).then([
      { type: 'monitoring.FollowUpOverdue', data: { caseId: CASE_ID, followUpId: 'p1-m1', kind: 'meeting', dueOn: '2027-01-25', raisedAt: '2027-01-26T12:00:00.000Z' } },
    ]);
  });

  it('on its day or before, the scheduler is refused', () => {
    given(monitored()).when(overdue('2027-01-25')).thenThrows('FOLLOW_UP_NOT_OVERDUE', { field: 'followUpId' });
    given(monitored()).when(overdue('2027-01-26', 'p9-m9')).thenThrows('FOLLOW_UP_NOT_FOUND');
  });

  it('a repeat or a restart raises nothing more; a meeting moved is overdue again for its new day', () => {
    const raised = afterCommands(monitored(), overdue('2027-01-26'));
    given(raised).when(overdue('2027-01-27')).thenNothing();
    const moved = afterCommands(raised, command('MoveFollowUp', { followUpId: 'p1-m1', dueOn: '2027-01-28', reason: 'Reached her by phone' }, on('2027-01-26')));
    given(moved).when(overdue('2027-01-29')).thenMatches([{ type: 'monitoring.FollowUpOverdue', data: { dueOn: '2027-01-28' } }]);
  });

  it('a follow-up held or cancelled, or a closed case, raises nothing', () => {
    given(afterCommands(monitored(), meeting('mt-1', '2027-01-20', { followUpId: 'p1-m1' }))).when(overdue('2027-01-26')).thenNothing();
    given(afterCommands(monitored(), command('NotePlanEnded', { outcome: 'closed', endedOn: '2027-01-20' }, on('2027-01-20', SYSTEM)))).when(overdue('2027-01-26')).thenNothing();
    given(afterCommands(monitored(), close)).when(overdue('2027-01-26')).thenNothing();
  });
});

describe('A monitoring report is due on its day, once', () => {
  it('the mid-term report is due six months after the plan was created', () => {
    given(monitored()).when(reportDue('2027-07-05')).then([{ type: 'monitoring.ReportDue', data: { caseId: CASE_ID, report: 'mid_term', dueOn: '2027-07-05', raisedAt: '2027-07-05T12:00:00.000Z' } }]);
    given(monitored()).when(reportDue('2027-07-04')).thenThrows('REPORT_NOT_DUE', { field: 'report' });
    given([]).when(reportDue('2027-07-05')).thenThrows('REPORT_NOT_SCHEDULED');
  });

  it('raised once; never for a report issued or a closed case', () => {
    given(afterCommands(monitored(), reportDue('2027-07-05'))).when(reportDue('2027-07-06')).thenNothing();
    given(afterCommands(monitored(), command('IssueReport', { report: 'mid_term', issuedOn: '2027-07-01' }, on('2027-07-01')))).when(reportDue('2027-07-05')).thenNothing();
    given(afterCommands(monitored(), close)).when(reportDue('2027-07-05')).thenNothing();
  });
});
