import { afterCommands, arrival, command, given, planDue, stateOf } from './testing/plan-fixtures';

const screening = (screeningId: string, urgency: 'routine' | 'urgent' | 'life_threatening') =>
  command('NoteVulnerabilityScreening', { screeningId, urgency, screenedAt: '2026-11-20T09:00:00.000Z' }, { userId: 'planning', role: 'system' });

describe("Intake's vulnerability screenings reach the plan by their urgency, the area staying in intake", () => {
  it('notes a screening, before the arrival too, and keeps it on the plan once it is due', () => {
    given([]).when(screening('v-1', 'urgent')).then([
      { type: 'planning.VulnerabilityScreeningNoted', data: { caseId: 'c-1', screeningId: 'v-1', urgency: 'urgent', screenedAt: '2026-11-20T09:00:00.000Z' } },
    ]);
    const history = afterCommands([], screening('v-1', 'urgent'), arrival(), screening('v-2', 'routine'));
    expect(stateOf(history).facts.screenings.map((s) => [s.screeningId, s.urgency])).toEqual([
      ['v-1', 'urgent'],
      ['v-2', 'routine'],
    ]);
  });

  it('notes a screening once, however often the reaction runs', () => {
    given(afterCommands(planDue(), screening('v-1', 'life_threatening'))).when(screening('v-1', 'life_threatening')).then([]);
  });
});
