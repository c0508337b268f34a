import type { RecordPlanInputs } from './plan.commands';
import { command, given, NOW, planDue, stateOf, afterCommands } from './testing/plan-fixtures';

const inputs = (over: Partial<RecordPlanInputs['data']> = {}) =>
  command<RecordPlanInputs>('RecordPlanInputs', {
    goals: ['Open a tailoring shop in Thiès'],
    motivations: ['Be near her mother'],
    goalsSource: 'counselling_session',
    sessionId: 's-3',
    assessments: [
      { kind: 'individual', reference: 'intake:c-1', assessedOn: '2026-12-20' },
      { kind: 'community', reference: 'Thiès market study 2026' },
    ],
    contextNotes: 'Tailoring is in demand in Thiès',
    ...over,
  });

describe('What a plan starts from: goals and motivations, the assessments, the context (handbook 2.3)', () => {
  it('records them as they now are; goals, motivations and context notes are personal', () => {
    given(planDue()).when(inputs()).then([
      {
        type: 'planning.PlanInputsRecorded',
        data: {
          caseId: 'c-1',
          goalsSource: 'counselling_session',
          sessionId: 's-3',
          assessments: [
            { kind: 'individual', reference: 'intake:c-1', assessedOn: '2026-12-20' },
            { kind: 'community', reference: 'Thiès market study 2026' },
          ],
          recordedAt: NOW,
          personal: { goals: ['Open a tailoring shop in Thiès'], motivations: ['Be near her mother'], contextNotes: 'Tailoring is in demand in Thiès' },
        },
      },
    ]);
  });

  it('are editable: the latest set is the one the plan holds', () => {
    const edited = afterCommands(planDue(), inputs(), inputs({ goals: ['Open a tailoring shop in Dakar'], goalsSource: 'case_manager', sessionId: undefined }));
    expect(stateOf(edited)).toMatchObject({ inputs: { goals: ['Open a tailoring shop in Dakar'], goalsSource: 'case_manager' } });
  });

  it('goals taken from a counselling session name the session', () => {
    given(planDue()).when(inputs({ sessionId: undefined })).thenThrows('SESSION_REQUIRED', { field: 'sessionId' });
  });

  it('an assessment cannot be dated in the future', () => {
    given(planDue()).when(inputs({ assessments: [{ kind: 'family', reference: 'visit', assessedOn: '2027-02-01' }] })).thenThrows('FACT_IN_FUTURE', { field: 'assessments.0.assessedOn' });
  });

  it('are refused before the arrival starts the plan', () => {
    given([]).when(inputs()).thenThrows('PLAN_NOT_FOUND');
  });
});
