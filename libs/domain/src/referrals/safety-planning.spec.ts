import { afterCommands, command, given, NOW, requested, TODAY, urgentNeed } from './testing/referral-fixtures';

const plan = (over: Partial<{ risks: string[]; mitigations: string[]; copingStrategies: string[] }> = {}) =>
  command('RecordSafetyPlan', {
    safetyPlanId: 'sp-1',
    risks: ['Threats from the recruiter who organised her departure'],
    mitigations: ['Stays with her aunt in Pikine', ' '],
    copingStrategies: ['Calls the office hotline'],
    emergencyContacts: [{ name: 'Khady Diallo', relationship: 'aunt', phone: '+221 77 111 11 11' }],
    emergencyServices: 'Gendarmerie de Pikine: 17',
    ...over,
  });
const relocate = (over: Partial<{ reason: string; decidedOn: string; relocationId: string }> = {}) =>
  command('DecideRelocation', { relocationId: 'rl-1', toArea: 'SN-TH', reason: 'No shelter in Dakar; the recruiter lives nearby', decidedOn: TODAY, ...over });
const unmetShelter = command('RecordUnmetNeed', { unmetNeedId: 'u-1', serviceType: 'shelter', country: 'SN', area: 'SN-DK', source: 'case_manager' });

describe('Where services are lacking, case managers plan safety with the returnee (handbook 2.3.2)', () => {
  it('a safety plan names the risks, how to reduce or avoid harm, how to cope and whom to call, all of it personal', () => {
    given([]).when(plan()).then([
      {
        type: 'referrals.SafetyPlanRecorded',
        data: {
          caseId: 'c-1',
          safetyPlanId: 'sp-1',
          recordedAt: NOW,
          personal: {
            risks: ['Threats from the recruiter who organised her departure'],
            mitigations: ['Stays with her aunt in Pikine'],
            copingStrategies: ['Calls the office hotline'],
            emergencyContacts: [{ name: 'Khady Diallo', relationship: 'aunt', phone: '+221 77 111 11 11' }],
            emergencyServices: 'Gendarmerie de Pikine: 17',
          },
        },
      },
    ]);
  });

  it('a plan without risks or without a way to reduce harm is refused', () => {
    given([]).when(plan({ risks: [' '] })).thenThrows('SAFETY_PLAN_INCOMPLETE', { field: 'risks' });
    given([]).when(plan({ mitigations: [] })).thenThrows('SAFETY_PLAN_INCOMPLETE', { field: 'mitigations' });
    given(afterCommands([], plan())).when(plan()).thenThrows('SAFETY_PLAN_ALREADY_RECORDED');
  });
});

describe('Where needs are urgent or cannot be met, relocation to an area with services is considered', () => {
  it('is decided, where to and why kept personal, where the case has an open unmet need or an urgent referral', () => {
    given(afterCommands([], unmetShelter)).when(relocate()).then([
      { type: 'referrals.RelocationDecided', data: { caseId: 'c-1', relocationId: 'rl-1', decidedOn: TODAY, decidedAt: NOW, personal: { toArea: 'SN-TH', reason: 'No shelter in Dakar; the recruiter lives nearby' } } },
    ]);
    given(afterCommands([], urgentNeed())).when(relocate()).thenMatches([{ type: 'referrals.RelocationDecided' }]);
  });

  it('is not indicated for a case whose needs are neither urgent nor unmet', () => {
    given(requested()).when(relocate()).thenThrows('RELOCATION_NOT_INDICATED');
    const met = afterCommands([], unmetShelter, command('MarkUnmetNeedMet', { unmetNeedId: 'u-1', metOn: TODAY }));
    given(met).when(relocate()).thenThrows('RELOCATION_NOT_INDICATED');
  });

  it('says why, on a day that has come, once', () => {
    const history = afterCommands([], unmetShelter);
    given(history).when(relocate({ reason: '  ' })).thenThrows('REASON_REQUIRED', { field: 'reason' });
    given(history).when(relocate({ decidedOn: '2027-01-09' })).thenThrows('FACT_IN_FUTURE', { field: 'decidedOn' });
    given(afterCommands(history, relocate())).when(relocate()).thenThrows('RELOCATION_ALREADY_DECIDED');
  });
});
