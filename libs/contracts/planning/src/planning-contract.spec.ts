import Ajv from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { catalogueOf } from '@homeward/events';
import { EXAMPLE_FEASIBILITY_GRID } from './example-grid';
import { feasibilityGridSchema } from './feasibility-grid.schema';
import { GRID_EVENT_TYPES } from './grid.events';
import { PLAN_EVENT_TYPES } from './plan-stream.events';
import { planningContract } from './planning.contract';
import { PROGRAMME_PATTERN } from './vocabulary';

/** A decision on an allocation as v1 recorded it, without its programme. */
const decision = {
  caseId: 'case-awa',
  allocationId: 'a-1',
  elementId: 'e-grant',
  modality: 'in_kind',
  criteria: {
    programmeDesign: { cashForeseen: false },
    costEfficiency: { mostEconomical: true },
    incentives: { cashIsIncentive: false },
    riskAssessment: { security: 'low', fraudOrDiversion: 'low', dataProtection: 'low', higherThanAlternatives: false, acceptable: true },
    conditions: { conditionsNeeded: false, goodsAndServicesAvailable: true },
    partners: { capablePartner: false },
  },
  amount: 100_000,
  currency: 'XOF',
  instalments: [{ number: 1, dueOn: '2027-01-20', amount: 100_000, modality: 'in_kind' }],
  riskControls: ['payment_to_supplier'],
  decidedAt: '2027-01-05T10:00:00.000Z',
};

const validGrid = addFormats(new Ajv({ allErrors: true, strict: true })).compile(feasibilityGridSchema);
const withRow = (change: (row: Record<string, any>) => void) => {
  const grid = structuredClone(EXAMPLE_FEASIBILITY_GRID) as unknown as { rows: Record<string, any>[] };
  change(grid.rows[0]);
  return grid;
};

describe('The feasibility grid upload format', () => {
  it('accepts the example grid', () => {
    expect(validGrid(EXAMPLE_FEASIBILITY_GRID)).toBe(true);
  });

  it.each([
    ['an element type outside Annex 3', withRow((r) => (r.elementType = 'cash_for_work'))],
    ['a need outside the vocabulary', withRow((r) => (r.need = 'boredom'))],
    ['a condition with a field of another kind', withRow((r) => (r.conditions = [{ kind: 'age', min: 18, factor: 'age' }]))],
    ['an age condition without bounds', withRow((r) => (r.conditions = [{ kind: 'age' }]))],
    ['a row without its option', withRow((r) => delete r.option)],
    ['a field the format does not declare', withRow((r) => (r.cost = 100))],
  ])('refuses %s', (_what, grid) => {
    expect(validGrid(grid)).toBe(false);
  });
});

describe("Planning's contract", () => {
  const catalogue = catalogueOf([planningContract]);

  it('publishes a grid version exactly in the upload format, and nothing else beside it', () => {
    const published = (data: object) => catalogue.validate({ type: 'planning.FeasibilityGridPublished', schemaVersion: 1, data } as never);
    expect(() => published({ grid: EXAMPLE_FEASIBILITY_GRID, publishedAt: '2027-01-02T09:00:00.000Z' })).not.toThrow();
    expect(() => published({ grid: withRow((r) => (r.need = 'boredom')), publishedAt: '2027-01-02T09:00:00.000Z' })).toThrow();
    expect(() => published({ grid: EXAMPLE_FEASIBILITY_GRID, publishedAt: '2027-01-02T09:00:00.000Z', note: 'x' })).toThrow();
  });

  it('has a v1 schema for every event of the plan and grid streams, and no other', () => {
    expect(planningContract.events.map((e) => e.type).sort()).toEqual([...PLAN_EVENT_TYPES, ...GRID_EVENT_TYPES].sort());
    for (const definition of planningContract.events) {
      expect(definition).toMatchObject({ context: 'planning', versions: { 1: expect.any(Object) } });
      expect(definition.type.startsWith('planning.')).toBe(true);
    }
  });

  it('lets an allocation name the example grid’s programme, as grids are addressed', () => {
    const decided = (programme: unknown) => catalogue.validate({ type: 'planning.AllocationDecided', data: { ...decision, programme } } as never);
    expect(EXAMPLE_FEASIBILITY_GRID.programme).toMatch(PROGRAMME_PATTERN);
    expect(() => decided(EXAMPLE_FEASIBILITY_GRID.programme)).not.toThrow();
    expect(() => decided('Example programme')).toThrow();
    expect(() => decided(undefined)).toThrow();
  });

  it('seals every plan version under the personal key, a medical or psychosocial one too: the sensitive key is intake’s alone (issue 11)', () => {
    const version = (type: string) => ({ type: 'planning.PlanDrafted', data: { elements: [{ elementId: 'e-1', type }], personal: {} } });
    expect(catalogue.keyClassOf(version('psychosocial'))).toBe('personal');
    expect(catalogue.keyClassOf(version('medical_health'))).toBe('personal');
    expect(catalogue.keyClassOf({ type: 'planning.PlanSubmitted', data: {} })).toBe('personal');
  });
});
