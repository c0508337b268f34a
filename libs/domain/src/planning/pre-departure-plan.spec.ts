import { afterCommands, command, draft, drafted, given, planDue, submit } from './testing/plan-fixtures';

const noted = command('NotePreDeparturePlan', { sessionId: 's-pre', designedAt: '2026-11-03T11:00:00.000Z' }, { userId: 'planning', role: 'system' });
const review = (sessionId = 's-pre') => command('ReviewPreDeparturePlan', { sessionId, outcome: 'adapted', notes: 'She now wants to work in Thiès' });

describe('A pre-departure plan is brought in for review at the first plan after arrival', () => {
  it('is noted when intake records a plan designed before departure, even before the arrival', () => {
    given([]).when(noted).then([{ type: 'planning.PreDeparturePlanNoted', data: { caseId: 'c-1', sessionId: 's-pre', designedAt: '2026-11-03T11:00:00.000Z' } }]);
    given([...afterCommands([], noted)]).when(noted).thenNothing();
  });

  it('takes a plan design met after the arrival for a post-arrival session: nothing to review', () => {
    given(planDue()).when(noted).thenNothing();
  });

  it('the first plan after arrival is not submitted until the pre-departure plan is reviewed', () => {
    const withDraft = afterCommands([...afterCommands([], noted), ...planDue()], draft());
    given(withDraft).when(submit()).thenThrows('PRE_DEPARTURE_PLAN_NOT_REVIEWED');
    given(afterCommands(withDraft, review())).when(submit()).thenMatches([{ type: 'planning.PlanSubmitted' }]);
  });

  it('records the review with its outcome; the notes are personal', () => {
    given([...afterCommands([], noted), ...planDue()]).when(review()).thenMatches([
      { type: 'planning.PreDeparturePlanReviewed', data: { sessionId: 's-pre', outcome: 'adapted', personal: { notes: 'She now wants to work in Thiès' } } },
    ]);
  });

  it('reviews only a plan that was noted, and only once', () => {
    const history = [...afterCommands([], noted), ...planDue()];
    given(history).when(review('s-other')).thenThrows('PRE_DEPARTURE_PLAN_NOT_FOUND', { field: 'sessionId' });
    given(afterCommands(history, review())).when(review()).thenThrows('PRE_DEPARTURE_PLAN_ALREADY_REVIEWED');
  });

  it('without a pre-departure plan, the first plan is submitted without a review', () => {
    given(drafted()).when(submit()).thenMatches([{ type: 'planning.PlanSubmitted' }]);
  });
});
