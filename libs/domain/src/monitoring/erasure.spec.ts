import { afterCommands, answers, CASE_ID, command, given, meeting, monitored, on, stateOf, survey, SYSTEM } from './testing/monitoring-fixtures';

const ERASED_AT = '2027-02-01T08:00:00.000Z';
const erasure = () => command('NoteErasure', { erasedAt: ERASED_AT }, on('2027-02-01', SYSTEM));
const surveyed = () => afterCommands(monitored(), survey('s-0', '2027-01-10', answers()));

describe('Intake erased the returnee: her monitoring records nothing more about her', () => {
  it('notes the erasure once, with nothing personal', () => {
    given(surveyed()).when(erasure()).then([{ type: 'monitoring.ReturneeErasureNoted', data: { caseId: CASE_ID, erasedAt: ERASED_AT } }]);
    given(afterCommands(surveyed(), erasure())).when(erasure()).thenNothing();
  });

  it('refuses what people ask afterwards: meetings, surveys, W-model points, schedule changes, closure (RETURNEE_ERASED)', () => {
    const erased = afterCommands(surveyed(), erasure());
    given(erased).when(meeting('mt-1', '2027-02-01')).thenThrows('RETURNEE_ERASED');
    given(erased).when(survey('s-1', '2027-02-01', answers())).thenThrows('RETURNEE_ERASED');
    given(erased).when(command('RecordWModelPoint', { pointId: 'w-1', occurredOn: '2027-02-01', dimension: 'social', direction: 'up', intensity: 2, whatHappened: 'x' }, on('2027-02-01'))).thenThrows('RETURNEE_ERASED');
    given(erased).when(command('MoveFollowUp', { followUpId: 'p1-m2', dueOn: '2027-02-20', reason: 'x' }, on('2027-02-01'))).thenThrows('RETURNEE_ERASED');
    given(erased).when(command('CloseMonitoring', { reason: 'contact_lost', closedOn: '2027-02-01', handover: [] }, on('2027-02-01'))).thenThrows('RETURNEE_ERASED');
  });

  it('still takes the end of her plan, which stops the schedule, and the alerts of days gone by', () => {
    const erased = afterCommands(surveyed(), erasure());
    given(erased).when(command('NotePlanEnded', { outcome: 'closed', endedOn: '2027-02-01' }, on('2027-02-01', SYSTEM))).thenMatches([
      { type: 'monitoring.PlanEndNoted' },
      ...Array(11).fill({ type: 'monitoring.FollowUpCancelled', data: { reason: 'plan_ended' } }),
    ]);
    given(erased).when(command('RaiseFollowUpOverdue', { followUpId: 'p1-m2' }, on('2027-02-10', SYSTEM))).thenMatches([{ type: 'monitoring.FollowUpOverdue' }]);
  });

  it('forgets her survey answers (they went with her keys): the scores stay, and nothing can be re-scored', () => {
    const state = stateOf(afterCommands(surveyed(), erasure()));
    expect(state.surveys).toEqual([{ surveyId: 's-0', conductedOn: '2027-01-10', tableVersion: 'rss-provisional-1', scores: { 'rss-provisional-1': expect.any(Object) } }]);
    expect(state.erasedAt).toBe(ERASED_AT);
  });
});
