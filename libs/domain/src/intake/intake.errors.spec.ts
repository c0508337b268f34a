import { describeErrorCatalogue } from '../shared/testing/error-catalogue';
import { INTAKE_ERRORS, IntakeError } from './intake.errors';

describeErrorCatalogue('intake', INTAKE_ERRORS);

describe('An intake error', () => {
  it('carries the status and French of its code, and English as the rule said it', () => {
    const error = new IntakeError('SESSION_NOT_PAUSED', 'Session s-1 is in_progress', 'sessionId');
    expect(error).toMatchObject({ code: 'SESSION_NOT_PAUSED', status: 409, field: 'sessionId', message: 'Session s-1 is in_progress', name: 'IntakeError' });
    expect(error.messageIn('fr')).toBe("Cette séance n'est pas en pause");
    expect(error.messageIn('en')).toBe('Session s-1 is in_progress');
  });
});
