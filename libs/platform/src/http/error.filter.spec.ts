import type { ArgumentsHost } from '@nestjs/common';
import { DomainError } from '@homeward/domain';
import { InvalidEventError, WrongExpectedVersionError } from '@homeward/events';
import { createLogger } from '../observability/logger';
import { ErrorFilter } from './error.filter';

function answer(error: unknown): { status: number; body: Record<string, unknown> } {
  const out = { status: 0, body: {} as Record<string, unknown> };
  const host = {
    switchToHttp: () => ({ getResponse: () => ({ status: (s: number) => ((out.status = s), { json: (b: Record<string, unknown>) => (out.body = b) }) }) }),
  } as unknown as ArgumentsHost;
  new ErrorFilter(createLogger('test', 'silent')).catch(error, host);
  return out;
}

describe('One error shape for every service', () => {
  it('answers a version conflict with 409', () => {
    expect(answer(new WrongExpectedVersionError('case-1', 2, 3))).toMatchObject({ status: 409, body: { code: 'WRONG_EXPECTED_VERSION' } });
  });

  it('answers a broken rule with its status, code and field', () => {
    const { status, body } = answer(new DomainError('CASE_ALREADY_OPEN', 'Case c-1 is already open', 'caseId'));
    expect(status).toBe(409);
    expect(body).toMatchObject({ code: 'CASE_ALREADY_OPEN', errors: [{ field: 'caseId' }] });
  });

  it('answers an event refused by the catalogue with 422, and anything unexpected with a bare 500', () => {
    expect(answer(new InvalidEventError('x', ['data/a must be string'])).status).toBe(422);
    const crash = answer(new Error('secret detail from the database'));
    expect(crash).toEqual({ status: 500, body: { statusCode: 500, code: 'INTERNAL', message: 'Internal error' } });
  });
});
