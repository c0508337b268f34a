import { active, afterCommands, arrival, awaPlan, command, consent, disburse, drafted, given, mixedGrant, approveGrant, NOW, planDue, stateOf, submit, withdrawal } from './testing/plan-fixtures';

const withdrawAssistance = withdrawal('k-plan-1');
const refuseAssistance = consent('k-refused', { decision: 'refused' });

describe('The returnee may refuse assistance at any time', () => {
  it('withdrawing consent to assistance suspends the plan and flags it', () => {
    given(active()).when(withdrawAssistance).then([
      {
        type: 'planning.ConsentNoted',
        data: { caseId: 'c-1', consentId: 'k-plan-1', purpose: 'assistance', decision: 'withdrawn', decidedOn: '2027-01-05', decidedAt: NOW, withdrawnOn: '2027-01-05', formVersion: 'plan-v2', language: 'fr', dataCategories: ['plan'], notedAt: NOW },
      },
      { type: 'planning.PlanSuspended', data: { caseId: 'c-1', reason: 'assistance_consent_withdrawn', consentId: 'k-plan-1', suspendedAt: NOW } },
    ]);
    expect(stateOf(afterCommands(active(), withdrawAssistance))).toMatchObject({ status: 'suspended', flag: 'assistance_consent_withdrawn' });
  });

  it('while suspended, nothing is paid and the plan is not completed', () => {
    const suspended = afterCommands(active(), mixedGrant(), approveGrant(), withdrawAssistance);
    given(suspended).when(disburse('d-1', 1, 150_000)).thenThrows('PLAN_SUSPENDED');
    given(suspended).when(command('CompletePlan', {})).thenThrows('PLAN_SUSPENDED');
  });

  it('a suspended plan resumes only through a new version the returnee consents to again', () => {
    const later = { now: '2027-02-10T10:00:00.000Z' };
    const resumed = afterCommands(
      active(),
      withdrawAssistance,
      command('RevisePlan', { reason: 'She wants to go on after all' }, later),
      command('SubmitPlan', { version: 2 }, later),
      command('ApprovePlan', { version: 2 }, { ...later, userId: 'sup-sn-1', role: 'supervisor' }),
      command('NoteConsent', { consentId: 'k-plan-2', purpose: 'assistance', decision: 'given', decidedOn: '2027-02-10', formVersion: 'plan-v2', language: 'fr', dataCategories: ['plan'] }, later),
    );
    expect(stateOf(resumed).status).toBe('suspended');
    const activated = afterCommands(resumed, command('ActivatePlan', { version: 2 }, later));
    expect(stateOf(activated)).toMatchObject({ status: 'active' });
    expect(stateOf(activated)).not.toHaveProperty('flag');
  });

  it('refusing assistance closes the plan', () => {
    given(drafted()).when(refuseAssistance).thenMatches([
      { type: 'planning.ConsentNoted', data: { decision: 'refused' } },
      { type: 'planning.PlanClosed', data: { caseId: 'c-1', reason: 'assistance_refused', consentId: 'k-refused', closedAt: NOW } },
    ]);
  });

  it('a decision taken before the arrival is kept, and closes or suspends the plan as soon as it is due', () => {
    given([]).when(refuseAssistance).thenMatches([{ type: 'planning.ConsentNoted' }]);
    given(afterCommands([], refuseAssistance)).when(arrival()).thenMatches([{ type: 'planning.PlanDue' }, { type: 'planning.PlanClosed', data: { reason: 'assistance_refused' } }]);
    const withdrawnBefore = afterCommands([], consent('k-1', { decidedOn: '2026-11-03' }), withdrawal('k-1', '2026-11-20'));
    given(withdrawnBefore).when(arrival()).thenMatches([{ type: 'planning.PlanDue' }, { type: 'planning.PlanSuspended', data: { consentId: 'k-1' } }]);
  });

  it('a withdrawal of a form planning never saw (its history began later) is kept as a form that authorises nothing', () => {
    given(planDue()).when(withdrawal('k-old', '2027-01-02')).thenMatches([
      { type: 'planning.ConsentNoted', data: { consentId: 'k-old', decision: 'withdrawn', decidedOn: '2027-01-02', withdrawnOn: '2027-01-02', formVersion: 'unknown', language: 'und', dataCategories: [] } },
      { type: 'planning.PlanSuspended', data: { consentId: 'k-old' } },
    ]);
  });

  it('a decision delivered again is not noted twice', () => {
    given(afterCommands(planDue(), consent('k-1'))).when(consent('k-1')).thenNothing();
  });

  it('withdrawing a consent to referral does not suspend the plan', () => {
    given(active()).when(withdrawal('k-ref-tvet', '2027-01-05', 'referral', 'prov-tvet')).thenMatches([{ type: 'planning.ConsentNoted' }]);
  });

  it('a suspended plan is not suspended again', () => {
    const suspended = afterCommands(active(), withdrawAssistance);
    given(suspended).when(withdrawal('k-other')).thenMatches([{ type: 'planning.ConsentNoted' }]);
  });

  it('keeps the draft while suspended', () => {
    const suspended = afterCommands(planDue(), consent('k-1'), command('DraftPlan', { content: awaPlan() }), withdrawal('k-1'));
    expect(stateOf(suspended)).toMatchObject({ status: 'suspended', versions: [{ number: 1, status: 'draft' }] });
    given(suspended).when(submit()).thenMatches([{ type: 'planning.PlanSubmitted' }]);
  });
});
