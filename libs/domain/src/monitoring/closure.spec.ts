import { afterCommands, approval, CASE_ID, command, given, meeting, monitored, on, stateOf } from './testing/monitoring-fixtures';

const AT = '2028-01-15T12:00:00.000Z';
const close = (over: Partial<{ reason: 'exit_strategy_completed' | 'deceased' | 'relocated'; handover: Array<{ organisation: string; dimension: 'psychosocial' }>; note: string; closedOn: string }> = {}) =>
  command('CloseMonitoring', { reason: 'exit_strategy_completed', closedOn: '2028-01-15', handover: [{ organisation: 'District health centre', dimension: 'psychosocial' }], note: 'Shop runs on its own', ...over }, on('2028-01-15'));
const reopen = (reason = 'She is back and asks for help') => command('ReopenMonitoring', { reason }, on('2028-02-01'));

describe('A case closes with its reason and the handover to mainstream services; alerts stop (handbook 2.3.3)', () => {
  it('closes, the note personal, and cancels every follow-up still to come', () => {
    const history = afterCommands(monitored(), meeting('mt-1', '2027-01-25', { followUpId: 'p1-m1' }));
    const events = given(history).when(close()).events();
    expect(events[0]).toEqual({
      type: 'monitoring.MonitoringClosed',
      data: { caseId: CASE_ID, reason: 'exit_strategy_completed', closedOn: '2028-01-15', handover: [{ organisation: 'District health centre', dimension: 'psychosocial' }], closedAt: AT, personal: { note: 'Shop runs on its own' } },
    });
    expect(events.slice(1).map((e) => e.type === 'monitoring.FollowUpCancelled' && e.data.reason)).toEqual(Array(11).fill('monitoring_closed'));
    expect(Object.values(stateOf([...history, ...events]).followUps).filter((f) => f.status === 'pending')).toEqual([]);
  });

  it('a case closed as its exit strategy says names who takes over; the other reasons need not', () => {
    given(monitored()).when(close({ handover: [] })).thenThrows('HANDOVER_REQUIRED', { field: 'handover' });
    given(monitored()).when(close({ reason: 'deceased', handover: [] })).thenMatches([{ type: 'monitoring.MonitoringClosed', data: { reason: 'deceased', handover: [] } }, ...Array(12).fill({ type: 'monitoring.FollowUpCancelled' })]);
  });

  it('refuses a case closed twice, a closure dated ahead, and anything recorded on a closed case', () => {
    const closed = afterCommands(monitored(), close());
    given(closed).when(close()).thenThrows('MONITORING_ALREADY_CLOSED');
    given(monitored()).when(close({ closedOn: '2028-01-16' })).thenThrows('FACT_IN_FUTURE', { field: 'closedOn' });
    given(closed).when(meeting('mt-9', '2028-01-15')).thenThrows('MONITORING_CLOSED');
    given(closed).when(command('AddFollowUp', { followUpId: 'cm-1', kind: 'meeting', dueOn: '2028-02-01', reason: 'x' }, on('2028-01-15'))).thenThrows('MONITORING_CLOSED');
  });

  it('reopens with a reason, after which follow-ups can be added again', () => {
    const closed = afterCommands(monitored(), close());
    given(closed).when(reopen()).then([{ type: 'monitoring.MonitoringReopened', data: { caseId: CASE_ID, reopenedAt: '2028-02-01T12:00:00.000Z', personal: { reason: 'She is back and asks for help' } } }]);
    given(closed).when(reopen(' ')).thenThrows('REASON_REQUIRED', { field: 'reason' });
    given(monitored()).when(reopen()).thenThrows('MONITORING_NOT_CLOSED');
    given(afterCommands(closed, reopen())).when(command('AddFollowUp', { followUpId: 'cm-1', kind: 'meeting', dueOn: '2028-02-10', reason: 'First visit after reopening' }, on('2028-02-01')))
      .thenMatches([{ type: 'monitoring.FollowUpScheduled', data: { followUpId: 'cm-1', source: 'case_manager' } }]);
  });

  it('a plan version approved while closed is noted, and schedules nothing', () => {
    const closed = afterCommands(monitored(), close());
    given(closed).when(approval(2, '2028-01-20')).thenMatches([{ type: 'monitoring.ApprovedPlanNoted', data: { planVersion: 2 } }]);
  });
});
