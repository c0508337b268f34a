import Ajv from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { catalogueOf } from '@homeward/events';
import { EXAMPLE_FEASIBILITY_GRID } from './example-grid';
import { feasibilityGridSchema } from './feasibility-grid.schema';
import { GRID_EVENT_TYPES } from './grid.events';
import { PLAN_EVENT_TYPES } from './plan-stream.events';
import { planningContract } from './planning.contract';

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

  it('seals every plan version under the personal key, a medical or psychosocial one too: the sensitive key is intake’s alone (issue 11)', () => {
    const version = (type: string) => ({ type: 'planning.PlanDrafted', data: { elements: [{ elementId: 'e-1', type }], personal: {} } });
    expect(catalogue.keyClassOf(version('psychosocial'))).toBe('personal');
    expect(catalogue.keyClassOf(version('medical_health'))).toBe('personal');
    expect(catalogue.keyClassOf({ type: 'planning.PlanSubmitted', data: {} })).toBe('personal');
  });
});
