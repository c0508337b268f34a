import { CaseScenario, only, project } from '@homeward/testing/intake';
import { caseOfficesProjection } from './case-offices.projection';

describe('The office holding each case, as intake’s topic tells it', () => {
  it('is the registering office, then the office of origin once the case is transferred', () => {
    const scenario = CaseScenario.registered({ office: 'MA' });
    expect(only(project(caseOfficesProjection, scenario.events), scenario.caseId)).toEqual({ caseId: scenario.caseId, office: 'MA' });
    scenario.run('TransferCase', { handoverNote: 'Back home in Thiès' });
    expect(only(project(caseOfficesProjection, scenario.events), scenario.caseId)).toEqual({ caseId: scenario.caseId, office: 'SN' });
  });

  it('is the origin office for someone first met on arrival', () => {
    const scenario = CaseScenario.registered({ office: 'SN' });
    expect(only(project(caseOfficesProjection, scenario.events), scenario.caseId).office).toBe('SN');
  });
});
