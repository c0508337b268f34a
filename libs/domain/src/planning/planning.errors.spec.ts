import { describeErrorCatalogue } from '../shared/testing/error-catalogue';
import { PLANNING_ERRORS, PlanningError } from './planning.errors';

describeErrorCatalogue('planning', PLANNING_ERRORS);

describe('A planning error', () => {
  it('carries the status and French of its code, and English as the rule said it', () => {
    const error = new PlanningError('EXIT_STRATEGY_REQUIRED', 'Version 2 has no exit strategy', 'exitStrategy');
    expect(error).toMatchObject({ code: 'EXIT_STRATEGY_REQUIRED', status: 422, field: 'exitStrategy', name: 'PlanningError' });
    expect(error.messageIn('fr')).toBe('Un plan ne peut pas être soumis sans stratégie de sortie');
    expect(error.messageIn('en')).toBe('Version 2 has no exit strategy');
  });
});
