import { ERASED, type PlanEvent } from '@homeward/contracts/planning';
import { erasedPlan } from './plan-erasure';
import type { Plan } from './plan.state';
import { activate, afterCommands, approve, approveGrant, awaPlan, command, consented, disburse, draft, mixedGrant, planDue, stateOf, submit, SUPERVISOR } from './testing/plan-fixtures';

/** Awa's plan with every kind of words a plan holds: inputs, a derogation's reason, a version in force, a revision, an allocation. */
const history = () => {
  const prepared = afterCommands(
    planDue(),
    command('GrantDerogation', { dueOn: '2027-02-15', reason: 'In hospital for a week' }, SUPERVISOR),
    command('RecordPlanInputs', { goals: ['Tailoring shop in Thiès'], motivations: ['Near her mother'], goalsSource: 'case_manager', assessments: [], contextNotes: 'Her brother owes money' }),
    draft(),
    submit(),
    approve(),
  );
  return afterCommands(
    consented(prepared),
    activate(),
    mixedGrant(),
    approveGrant(),
    disburse('d-1', 1, 150_000),
    command('RevisePlan', { reason: 'She moved to Mbour', content: awaPlan({ exitStrategy: 'Closed after a year of trading in Mbour' }) }),
  );
};

/** Her events as every service reads them once her keys are destroyed: each personal part opens to the marker. */
const erasedEvents = (events: PlanEvent[]): PlanEvent[] => events.map((e) => ('personal' in e.data ? ({ ...e, data: { ...e.data, personal: { $erased: true } } } as unknown as PlanEvent) : e));

const WORDS = ['tailoring shop', 'Three months of pattern cutting', 'A home visit every month', 'six months', 'Mbour', 'Thiès', 'her mother', 'brother', 'hospital', 'six-month visit'];

describe('A plan once the returnee is erased: her words go, the plan’s structure stays', () => {
  it('folds her erased events into a plan that keeps its elements, stages and money, each description read as erased', () => {
    const plan = stateOf(erasedEvents(history())) as Plan;
    expect(plan).toMatchObject({ status: 'revised', dueOn: '2027-02-15', inputs: { goals: [], motivations: [], goalsSource: 'case_manager' } });
    expect(plan.versions.map((v) => [v.number, v.status])).toEqual([[1, 'active'], [2, 'draft']]);
    expect(plan.versions[1].content.elements.map((e) => [e.elementId, e.description])).toEqual([['e-grant', ERASED], ['e-training', ERASED], ['e-counselling', ERASED]]);
    expect(plan.versions[0].content).toEqual({ elements: expect.any(Array), estimatedDurationMonths: 12 });
    expect(plan.allocations['a-1']).toMatchObject({ amount: 300_000, totalDisbursed: 150_000, status: 'approved' });
    const text = JSON.stringify(plan);
    for (const words of WORDS) expect(text).not.toContain(words);
    expect(text).not.toContain('$erased');
  });

  it('makes of a plan read before the erasure exactly what a fold of the erased events makes: a read model told of it and one rebuilt after it agree', () => {
    const before = stateOf(history());
    expect(JSON.stringify(before)).toContain('Closed after a year of trading in Mbour');
    expect(erasedPlan(before)).toEqual(stateOf(erasedEvents(history())));
  });

  it('leaves a case that has no plan yet as it is', () => {
    expect(erasedPlan({ status: 'none', facts: { consents: [], screenings: [] } })).toEqual({ status: 'none', facts: { consents: [], screenings: [] } });
  });
});
