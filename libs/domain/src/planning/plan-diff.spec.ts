import { diffContents, diffVersions } from './plan-diff';
import { active, afterCommands, awaPlan, command, stateOf } from './testing/plan-fixtures';
import type { Plan } from './plan.state';

const [grant, training, counselling] = awaPlan().elements;
const housing = { elementId: 'e-housing', type: 'housing_food_nutrition' as const, description: 'Three months of rent', responsibility: 'case_manager' as const, status: 'planned' as const };
const revision = awaPlan({
  elements: [grant, { ...training, provider: { providerId: 'prov-tvet-2' }, endOn: '2027-05-31' }, housing],
  exitStrategy: 'Closed once the shop pays the rent',
});

describe('The diff between two versions: elements added, removed and changed, field by field', () => {
  it('names what was added, removed, and each changed field with its values before and after', () => {
    expect(diffContents(awaPlan(), revision)).toEqual({
      added: [housing],
      removed: [counselling],
      changed: [
        {
          elementId: 'e-training',
          changes: [
            { field: 'provider', from: { providerId: 'prov-tvet' }, to: { providerId: 'prov-tvet-2' } },
            { field: 'endOn', from: '2027-04-30', to: '2027-05-31' },
          ],
        },
      ],
      arrangements: [{ field: 'exitStrategy', from: awaPlan().exitStrategy, to: 'Closed once the shop pays the rent' }],
    });
  });

  it('says when a field gained or lost its value', () => {
    const { startOn: _none, ...undated } = grant;
    expect(diffContents(awaPlan({ elements: [grant] }), awaPlan({ elements: [undated], baselineScores: { economic: 0.4, social: 0.5, psychosocial: 0.6, composite: 0.5, measuredOn: '2027-01-04' } }))).toMatchObject({
      changed: [{ elementId: 'e-grant', changes: [{ field: 'startOn', from: '2027-01-15' }] }],
      arrangements: [{ field: 'baselineScores', to: { composite: 0.5 } }],
    });
  });

  it('finds nothing between equal versions, whatever the order of their keys', () => {
    const reordered = { ...awaPlan(), elements: awaPlan().elements.map((e) => Object.fromEntries(Object.entries(e).reverse()) as typeof e) };
    expect(diffContents(awaPlan(), reordered)).toEqual({ added: [], removed: [], changed: [], arrangements: [] });
  });

  it('compares any two versions of a plan, the earlier first, and refuses one it does not have', () => {
    const plan = stateOf(afterCommands(active(), command('RevisePlan', { reason: 'Moved', content: revision }))) as Plan;
    expect(diffVersions(plan, 2, 1)).toMatchObject({ from: 1, to: 2, added: [housing], removed: [counselling] });
    expect(() => diffVersions(plan, 1, 3)).toThrow(expect.objectContaining({ code: 'PLAN_VERSION_NOT_FOUND' }));
  });
});
