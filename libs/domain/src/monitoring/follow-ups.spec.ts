import { afterCommands, CASE_ID, command, given, monitored, NOW, on } from './testing/monitoring-fixtures';

const add = (over: { followUpId?: string; dueOn?: string; reason?: string } = {}) =>
  command('AddFollowUp', { followUpId: 'cm-1', kind: 'meeting', dueOn: '2027-02-01', reason: 'She asked to meet before the training', ...over });
const move = (dueOn: string, reason = 'She is at her sister’s wedding', followUpId = 'p1-m1') => command('MoveFollowUp', { followUpId, dueOn, reason }, on('2027-01-20'));

describe('The frequency of meetings fits the returnee: a case manager adds or moves one, with a reason (handbook 2.3.3)', () => {
  it('adds a meeting on a day to come, the reason kept personal', () => {
    given(monitored()).when(add()).then([
      { type: 'monitoring.FollowUpScheduled', data: { caseId: CASE_ID, followUpId: 'cm-1', kind: 'meeting', dueOn: '2027-02-01', source: 'case_manager', scheduledAt: NOW, personal: { reason: 'She asked to meet before the training' } } },
    ]);
  });

  it('refuses an id already on the schedule, a day gone by, and no reason', () => {
    given(afterCommands(monitored(), add())).when(add()).thenThrows('FOLLOW_UP_ALREADY_EXISTS', { field: 'followUpId' });
    given(monitored()).when(add({ dueOn: '2027-01-09' })).thenThrows('FOLLOW_UP_IN_PAST', { field: 'dueOn' });
    given(monitored()).when(add({ reason: '  ' })).thenThrows('REASON_REQUIRED', { field: 'reason' });
  });

  it('moves a follow-up still to come, saying from when to when', () => {
    given(monitored()).when(move('2027-02-03')).then([
      { type: 'monitoring.FollowUpMoved', data: { caseId: CASE_ID, followUpId: 'p1-m1', previousDueOn: '2027-01-25', dueOn: '2027-02-03', movedAt: '2027-01-20T12:00:00.000Z', personal: { reason: 'She is at her sister’s wedding' } } },
    ]);
  });

  it('to the day it is on already, nothing changes; a held one, an unknown one or a day gone by is refused', () => {
    given(monitored()).when(move('2027-01-25')).thenNothing();
    const held = afterCommands(monitored(), command('RecordFollowUpMeeting', { meetingId: 'mt-1', followUpId: 'p1-m1', heldOn: '2027-01-12', mode: 'phone', attendees: ['returnee'], elementStatuses: [] }, on('2027-01-12')));
    given(held).when(move('2027-02-03')).thenThrows('FOLLOW_UP_NOT_PENDING', { field: 'followUpId' });
    given(monitored()).when(move('2027-02-03', 'x', 'p9-m9')).thenThrows('FOLLOW_UP_NOT_FOUND', { field: 'followUpId' });
    given(monitored()).when(move('2027-01-19')).thenThrows('FOLLOW_UP_IN_PAST');
  });
});

describe('A monitoring report is issued once', () => {
  const issue = (issuedOn = '2027-07-06') => command('IssueReport', { report: 'mid_term', issuedOn }, on('2027-07-06'));

  it('is no longer due once issued', () => {
    given(monitored()).when(issue()).then([{ type: 'monitoring.ReportIssued', data: { caseId: CASE_ID, report: 'mid_term', issuedOn: '2027-07-06', issuedAt: '2027-07-06T12:00:00.000Z' } }]);
  });

  it('refuses one not scheduled, one issued already, and a day to come', () => {
    given([]).when(issue()).thenThrows('REPORT_NOT_SCHEDULED', { field: 'report' });
    given(afterCommands(monitored(), issue())).when(issue()).thenThrows('REPORT_ALREADY_ISSUED');
    given(monitored()).when(issue('2027-07-07')).thenThrows('FACT_IN_FUTURE', { field: 'issuedOn' });
  });
});
