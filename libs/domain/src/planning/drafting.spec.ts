import { PLAN_ELEMENT_TYPES } from '@homeward/contracts/planning';
import type { PlanElement } from './plan-content';
import { active, afterCommands, awaPlan, draft, drafted, given, NOW, planDue, stateOf, submitted } from './testing/plan-fixtures';

describe('Drafting a plan (handbook 2.3.2, Annex 3)', () => {
  it('records version 1 with its elements and arrangements; every text is personal, the structure is not', () => {
    const [event] = given(planDue()).when(draft()).events();
    expect(event).toMatchObject({
      type: 'planning.PlanDrafted',
      data: {
        caseId: 'c-1',
        version: 1,
        draftedAt: NOW,
        draftedOn: '2027-01-05',
        estimatedDurationMonths: 12,
        elements: [
          { elementId: 'e-grant', type: 'financial_allocation', responsibility: 'case_manager', startOn: '2027-01-15', endOn: '2027-04-15', status: 'planned' },
          { elementId: 'e-training', provider: { providerId: 'prov-tvet' }, fromGrid: { gridId: 'example-grid-sn', gridVersion: 1, rowId: 'eco-tvet' } },
          { elementId: 'e-counselling', provider: { name: 'Centre Jàmm', contact: '+221 33 800 00 00' } },
        ],
        personal: {
          elementDescriptions: [
            { elementId: 'e-grant', description: 'Start-up grant for the tailoring shop' },
            { elementId: 'e-training', description: 'Three months of pattern cutting at the training centre' },
            { elementId: 'e-counselling', description: 'Monthly counselling sessions' },
          ],
          followUp: 'A home visit every month, a call in between',
          exitStrategy: expect.stringContaining('six months on its own'),
        },
      },
    });
    const { personal: _words, ...structure } = event.data as { personal: unknown };
    expect(JSON.stringify(structure)).not.toMatch(/tailoring|pattern|counselling sessions|home visit|six months/);
  });

  it('holds any of the eleven elements, each with description, provider, responsibility, dates and status', () => {
    const elements: PlanElement[] = PLAN_ELEMENT_TYPES.map((type, i) => ({
      elementId: `e-${i}`,
      type,
      description: `About ${type}`,
      provider: i % 2 ? { providerId: `prov-${i}` } : { name: `Provider ${i}` },
      responsibility: (['returnee', 'case_manager', 'provider'] as const)[i % 3],
      startOn: '2027-02-01',
      endOn: '2027-06-30',
      status: 'planned',
    }));
    const [event] = given(planDue()).when(draft(awaPlan({ elements }))).events();
    expect((event.data as { elements: unknown[] }).elements).toHaveLength(11);
  });

  it('a draft is rewritten as it now is, under the same version', () => {
    const rewritten = afterCommands(drafted(), draft(awaPlan({ exitStrategy: 'Shorter' })));
    expect(rewritten.at(-1)).toMatchObject({ type: 'planning.PlanDrafted', data: { version: 1, personal: { exitStrategy: 'Shorter' } } });
    expect(stateOf(rewritten)).toMatchObject({ status: 'draft', versions: [{ number: 1, content: { exitStrategy: 'Shorter' } }] });
  });

  it('only a draft changes: a submitted version is not rewritten, one in force is revised', () => {
    given(submitted()).when(draft()).thenThrows('PLAN_NOT_DRAFT');
    given(active()).when(draft()).thenThrows('PLAN_NOT_DRAFT');
  });

  it('each element has its own id', () => {
    const [first] = awaPlan().elements;
    given(planDue()).when(draft(awaPlan({ elements: [first, { ...first }] }))).thenThrows('ELEMENT_ID_REPEATED', { field: 'elements.1.elementId' });
  });

  it("an element the provider carries out names the provider", () => {
    const [, training] = awaPlan().elements;
    const { provider: _none, ...withoutProvider } = training;
    given(planDue()).when(draft(awaPlan({ elements: [withoutProvider] }))).thenThrows('PROVIDER_REQUIRED', { field: 'elements.0.provider' });
  });

  it('an element does not end before it starts', () => {
    const [grant] = awaPlan().elements;
    given(planDue()).when(draft(awaPlan({ elements: [{ ...grant, endOn: '2027-01-01' }] }))).thenThrows('OUT_OF_RANGE', { field: 'elements.0.endOn' });
  });

  it('no plan is drafted before the arrival starts it', () => {
    given([]).when(draft()).thenThrows('PLAN_NOT_FOUND');
  });
});
