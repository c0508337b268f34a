import { EXAMPLE_FEASIBILITY_GRID, PLAN_ELEMENT_TYPES, type FeasibilityGrid } from '@homeward/contracts/planning';
import { awaPlan, draft, given, planDue } from '../testing/plan-fixtures';
import { propose } from './propose';
import type { ReturneeProfile } from './returnee-profile';

const awa: ReturneeProfile = {
  needs: ['business_project', 'lacks_vocational_skills', 'psychological_distress', 'health_condition'],
  factors: [{ factor: 'skills_and_knowledge', assessment: 'capacity' }],
  vulnerabilities: [{ area: 'mental_health', urgency: 'routine' }],
  age: 32,
  familyInCase: false,
};
const grid = EXAMPLE_FEASIBILITY_GRID;
const rowsFor = (profile: ReturneeProfile, g: FeasibilityGrid = grid) => propose(profile, g).candidates.map((c) => c.row.rowId);

describe('The feasibility grid proposes plan elements that fit the returnee (handbook 2.3.1)', () => {
  it('proposes each option whose need was identified and whose conditions all hold, in the grid’s order', () => {
    expect(rowsFor(awa)).toEqual(['eco-startup-grant', 'eco-business-coaching', 'eco-tvet', 'psy-counselling', 'psy-peer-group']);
  });

  it('gives each candidate the grid row and the conditions that justified it, ready to accept into a draft', () => {
    const coaching = propose(awa, grid).candidates.find((c) => c.row.rowId === 'eco-business-coaching')!;
    expect(coaching).toMatchObject({
      element: {
        type: 'income_generating_activity',
        description: 'Business coaching and a market study for an income-generating activity',
        responsibility: 'provider',
        status: 'planned',
        fromGrid: { gridId: 'example-grid-sn', gridVersion: 1, rowId: 'eco-business-coaching' },
      },
      justification: { need: 'business_project', conditions: [{ kind: 'factor', factor: 'skills_and_knowledge', assessment: 'capacity' }, { kind: 'age', min: 18 }] },
      durationMonths: { min: 6, max: 12 },
    });
  });

  it('names the needs the grid has nothing for that fits: a health condition without a screened physical health need', () => {
    expect(propose(awa, grid).unanswered).toEqual(['health_condition']);
    expect(rowsFor({ ...awa, vulnerabilities: [...awa.vulnerabilities, { area: 'physical_health', urgency: 'urgent' }] })).toContain('soc-medical-follow-up');
  });

  it('fits nature and intensity to the person: a minor is offered school, an adult literacy', () => {
    const needs: ReturneeProfile['needs'] = ['interrupted_education'];
    expect(rowsFor({ ...awa, needs, age: 15 })).toEqual(['soc-back-to-school']);
    expect(rowsFor({ ...awa, needs, age: 40 })).toEqual(['soc-literacy']);
    expect(rowsFor({ ...awa, needs, age: 40, familyInCase: true })).toEqual(['soc-school-enrolment', 'soc-literacy']);
  });

  it('an unknown age satisfies no age condition', () => {
    expect(rowsFor({ ...awa, needs: ['lacks_vocational_skills'], age: undefined })).toEqual([]);
  });

  it('respects the urgencies a condition names, and a row that needs another need as well', () => {
    expect(rowsFor({ ...awa, needs: ['psychological_distress'], vulnerabilities: [{ area: 'mental_health', urgency: 'life_threatening' }] })).toEqual(['psy-peer-group']);
    const family = { ...awa, needs: ['dependants_in_need' as const], familyInCase: true };
    expect(rowsFor(family)).toEqual([]);
    expect(rowsFor({ ...family, needs: ['dependants_in_need', 'no_income'] })).toContain('psy-dependants-support');
  });

  it('says which grid it read and that it is an example', () => {
    expect(propose(awa, grid).grid).toEqual({ gridId: 'example-grid-sn', version: 1, country: 'SN', programme: 'example-reintegration-programme', example: true });
  });

  it('an accepted candidate goes into a draft as it is, with its grid row', () => {
    const [first] = propose(awa, grid).candidates;
    given(planDue()).when(draft(awaPlan({ elements: [{ ...first.element, elementId: 'e-1' }] }))).thenMatches([
      { type: 'planning.PlanDrafted', data: { elements: [{ elementId: 'e-1', fromGrid: { rowId: 'eco-startup-grant' } }] } },
    ]);
  });
});

describe('The example grid', () => {
  it('is marked as an example and covers every element type of Annex 3', () => {
    expect(grid.example).toBe(true);
    expect(grid.source).toMatch(/EXAMPLE ONLY/);
    expect(new Set(grid.rows.map((r) => r.elementType))).toEqual(new Set(PLAN_ELEMENT_TYPES));
  });

  it('has one id per row', () => {
    expect(new Set(grid.rows.map((r) => r.rowId)).size).toBe(grid.rows.length);
  });
});
