import { CaseScenario, project } from '@homeward/testing/intake';
import type { Projection, RecordedEvent } from '@homeward/events';
import { ERASED_PART } from '@homeward/events';
import { ReferralsHistory } from '../testing/referrals-history';
import { safetyPlansProjection, type SafetyPlansDocument } from './safety-plans.projection';

const safety = (caseId: string) =>
  new ReferralsHistory(caseId)
    .unmet('u-1', 'shelter', 'SN-DK')
    .run('RecordSafetyPlan', {
      safetyPlanId: 'sp-1',
      risks: ['Threats from the recruiter'],
      mitigations: ['Stays with her aunt'],
      copingStrategies: ['Calls the hotline'],
      emergencyContacts: [{ name: 'Khady Diallo', relationship: 'aunt', phone: '+221 77 111 11 11' }],
      emergencyServices: 'Gendarmerie: 17',
    })
    .run('DecideRelocation', { relocationId: 'rl-1', toArea: 'Thiès', reason: 'The recruiter lives nearby', decidedOn: '2027-01-05' });

const docOf = (caseId: string, events: RecordedEvent[]) => project(safetyPlansProjection as Projection<SafetyPlansDocument>, events).get(caseId);

describe("A case's safety plans and relocations, as its own team reads them", () => {
  it('keeps every word of each, in the order recorded', () => {
    const awa = CaseScenario.registered();
    expect(docOf(awa.caseId, safety(awa.caseId).events)).toEqual({
      caseId: awa.caseId,
      safetyPlans: [
        {
          safetyPlanId: 'sp-1',
          recordedAt: '2027-01-05T10:00:00.000Z',
          risks: ['Threats from the recruiter'],
          mitigations: ['Stays with her aunt'],
          copingStrategies: ['Calls the hotline'],
          emergencyContacts: [{ name: 'Khady Diallo', relationship: 'aunt', phone: '+221 77 111 11 11' }],
          emergencyServices: 'Gendarmerie: 17',
        },
      ],
      relocations: [{ relocationId: 'rl-1', decidedOn: '2027-01-05', decidedAt: '2027-01-05T10:00:00.000Z', toArea: 'Thiès', reason: 'The recruiter lives nearby' }],
    });
  });

  const erasedDoc = (caseId: string, erasedAt: string) => ({
    caseId,
    erasedAt,
    safetyPlans: [{ safetyPlanId: 'sp-1', recordedAt: '2027-01-05T10:00:00.000Z', risks: 'erased', mitigations: 'erased', emergencyContacts: 'erased' }],
    relocations: [{ relocationId: 'rl-1', decidedOn: '2027-01-05', decidedAt: '2027-01-05T10:00:00.000Z', toArea: 'erased', reason: 'erased' }],
  });

  it('drops her words at her erasure in intake, and a rebuild after it (the parts no longer open) reads the same', () => {
    const awa = CaseScenario.registered();
    const [erased] = awa.erase();
    const { erasedAt } = erased.data as { erasedAt: string };
    const live = docOf(awa.caseId, [...safety(awa.caseId).events, erased]);
    expect(live).toEqual(erasedDoc(awa.caseId, erasedAt));
    expect(JSON.stringify(live)).not.toMatch(/recruiter|Khady|aunt|Thiès|17/);
    const rebuilt = [...safety(awa.caseId).events.map((e) => (e.data.personal ? { ...e, data: { ...e.data, personal: { ...ERASED_PART } } } : e)), erased];
    expect(docOf(awa.caseId, rebuilt)).toEqual(erasedDoc(awa.caseId, erasedAt));
  });

  it('makes no document for an erasure of someone with no safety plan', () => {
    const awa = CaseScenario.registered();
    expect(docOf(awa.caseId, awa.erase())).toBeUndefined();
  });
});
