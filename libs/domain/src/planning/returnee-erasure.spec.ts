import { active, afterCommands, command, consent, disburse, draft, given, mixedGrant, approveGrant, planDue, submit } from './testing/plan-fixtures';

const ERASED_AT = '2027-02-01T08:00:00.000Z';
const erasure = () => command('NoteErasure', { erasedAt: ERASED_AT }, { userId: 'planning', role: 'system' });

describe("Intake erased the returnee: her plan takes nothing more", () => {
  it('an open plan is closed for that reason, once', () => {
    given(active()).when(erasure()).then([
      { type: 'planning.ReturneeErasureNoted', data: { caseId: 'c-1', erasedAt: ERASED_AT } },
      { type: 'planning.PlanClosed', data: { caseId: 'c-1', reason: 'returnee_erased', closedAt: ERASED_AT } },
    ]);
    given(afterCommands(active(), erasure())).when(erasure()).then([]);
  });

  it('before the arrival there is no plan to close: the erasure is noted alone', () => {
    given([]).when(erasure()).then([{ type: 'planning.ReturneeErasureNoted', data: { caseId: 'c-1', erasedAt: ERASED_AT } }]);
  });

  it('refuses what people ask afterwards, words or none (RETURNEE_ERASED), and still notes what intake says', () => {
    const erased = afterCommands(planDue(), draft(), erasure());
    given(erased).when(submit()).thenThrows('RETURNEE_ERASED');
    given(erased).when(draft()).thenThrows('RETURNEE_ERASED');
    given(afterCommands(active(), mixedGrant(), approveGrant(), erasure())).when(disburse('d-1', 1, 150_000)).thenThrows('RETURNEE_ERASED');
    given(erased).when(consent('k-late')).thenMatches([{ type: 'planning.ConsentNoted' }]);
  });
});
