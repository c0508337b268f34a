import { isDomainRefusal } from './reaction-dispatcher';

/** A context's broken rule, as the platform knows one: by its shape (a DomainError has it). */
class PlanError extends Error {
  readonly code = 'PLAN_ALREADY_STARTED';
  readonly status = 409;
  messageIn() {
    return 'Le délai du plan court déjà';
  }
}

/** What a reaction skips (the rules said no, and will say it again) and what it retries (it could not ask). */
describe('A refusal, to a reaction', () => {
  it('is a broken rule of any context, answered with a client status', () => {
    expect(isDomainRefusal(new PlanError('The plan clock runs already'))).toBe(true);
  });

  it('is not a failure to run the command: the database down, a bug, a server-side status', () => {
    expect(isDomainRefusal(new Error('connection refused'))).toBe(false);
    expect(isDomainRefusal(new TypeError("Cannot read properties of undefined (reading 'caseId')"))).toBe(false);
    const unavailable = Object.assign(new PlanError('store unavailable'), { status: 503 });
    expect(isDomainRefusal(unavailable)).toBe(false);
  });
});
