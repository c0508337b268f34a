import { planClock } from './plan-clock';
import { afterCommands, approved, arrival, command, consent, withdrawal, given, NOW, planDue, stateOf, SUPERVISOR } from './testing/plan-fixtures';

const derogation = (dueOn: string, who = SUPERVISOR) => command('GrantDerogation', { dueOn, reason: 'Still in hospital after the return' }, who);

describe('The plan clock: a plan is due one month after return (handbook 2.3)', () => {
  it('given intake recorded the arrival, a plan is due one month later', () => {
    given([]).when(arrival('2026-12-15')).then([
      { type: 'planning.PlanDue', data: { caseId: 'c-1', returneeId: 'r-1', country: 'SN', arrivalDate: '2026-12-15', dueOn: '2027-01-15' } },
    ]);
  });

  it('one month after the 31st is the last day of a shorter month', () => {
    given([]).when(arrival('2027-01-31')).thenMatches([{ data: { dueOn: '2027-02-28' } }]);
  });

  it('an arrival delivered again changes nothing', () => {
    given(planDue()).when(arrival()).thenNothing();
  });

  it('lists the plan as due until its day, overdue after, met once a version is approved', () => {
    expect(planClock(stateOf([]), '2027-01-01')).toEqual({ status: 'not_started' });
    expect(planClock(stateOf(planDue()), '2027-01-15')).toEqual({ status: 'due', dueOn: '2027-01-15' });
    expect(planClock(stateOf(planDue()), '2027-01-16')).toEqual({ status: 'overdue', dueOn: '2027-01-15' });
    expect(planClock(stateOf(approved()), '2027-02-01')).toEqual({ status: 'met', dueOn: '2027-01-15', finalisedOn: '2027-01-05' });
  });

  it('stops while the returnee has withdrawn consent to assistance', () => {
    const withdrawn = afterCommands(planDue(), consent('k-1'), withdrawal('k-1'));
    expect(planClock(stateOf(withdrawn), '2027-02-01')).toEqual({ status: 'stopped', dueOn: '2027-01-15' });
  });
});

describe('Deadlines are flexible: a supervisor grants a derogation, with the reason', () => {
  it('records the new due date, the one it replaces and the approver; the reason is personal', () => {
    given(planDue()).when(derogation('2027-02-15')).then([
      {
        type: 'planning.PlanDerogationGranted',
        data: { caseId: 'c-1', previousDueOn: '2027-01-15', dueOn: '2027-02-15', approvedBy: 'sup-sn-1', grantedAt: NOW, personal: { reason: 'Still in hospital after the return' } },
      },
    ]);
    const extended = afterCommands(planDue(), derogation('2027-02-15'));
    expect(planClock(stateOf(extended), '2027-01-20')).toEqual({ status: 'due', dueOn: '2027-02-15' });
  });

  it('only a supervisor grants one', () => {
    given(planDue()).when(derogation('2027-02-15', {})).thenThrows('SUPERVISOR_ONLY');
  });

  it('sets a day later than the current one, and not in the past', () => {
    given(planDue()).when(derogation('2027-01-15')).thenThrows('DEROGATION_NOT_LATER', { field: 'dueOn' });
    const overdue = afterCommands(planDue());
    given(overdue).when(derogation('2027-01-20', { ...SUPERVISOR, now: '2027-01-25T09:00:00.000Z' })).thenThrows('DEROGATION_NOT_LATER');
  });

  it('is refused once a version is approved: there is no deadline left', () => {
    given(approved()).when(derogation('2027-03-01')).thenThrows('PLAN_ALREADY_FINALISED');
  });

  it('is refused before the arrival: no plan is due yet', () => {
    given([]).when(derogation('2027-03-01')).thenThrows('PLAN_NOT_FOUND');
  });
});
