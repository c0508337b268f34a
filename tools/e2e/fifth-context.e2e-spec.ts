import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { InProcessBroker } from '@homeward/events';
import type { RunningService } from '@homeward/platform';
import { tokenFor } from '../testing/test-auth';
import { eventually, startTestService } from '../testing/test-services';
import { lendingService } from './fifth-context/lending.service';

/**
 * A new bounded context is its domain file, its contract and a few lines of wiring
 * (tools/e2e/fifth-context): the platform gives it the write pipeline, the catalogue, the
 * errors in both languages, the projection runner and the read model, with no shared list edited.
 */
describe('A fifth context, added with only its own files', () => {
  let lending: RunningService;
  const bookId = randomUUID();

  beforeAll(async () => {
    lending = await startTestService('lending', lendingService, { mode: 'embedded', sharedBroker: new InProcessBroker() });
  });
  afterAll(() => lending?.close());

  const http = () => request(lending.app.getHttpServer());

  it('appends its event through the platform pipeline, checked by its own contract', async () => {
    const res = await http().post(`/books/${bookId}/loan`).set('Authorization', `Bearer ${await tokenFor()}`).send({ borrower: 'Awa' });
    expect(res.status).toBe(201);
    expect(res.body).toEqual({ bookId, streamVersion: 1 });
    const [lent] = await lending.infra.store.readStream(`book-${bookId}`);
    expect(lent).toMatchObject({ type: 'lending.BookLent', schemaVersion: 1, data: { bookId, borrower: 'Awa' }, actor: { userId: 'cm-awa', role: 'case_manager' } });
  });

  it('answers its own rule with its own code and texts, in French when asked', async () => {
    const res = await http().post(`/books/${bookId}/loan`).set('Authorization', `Bearer ${await tokenFor()}`).set('Accept-Language', 'fr').send({ borrower: 'Moussa' });
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({ statusCode: 409, code: 'ALREADY_LENT', message: 'Le livre est déjà prêté' });
  });

  it('refuses bad input naming the field, before its domain runs', async () => {
    const res = await http().post(`/books/${bookId}/loan`).set('Authorization', `Bearer ${await tokenFor()}`).send({ borrower: 42 });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('INVALID_INPUT');
    expect(new Set(res.body.errors.map((e: { field: string }) => e.field))).toEqual(new Set(['borrower']));
    expect(await lending.infra.store.readStream(`book-${bookId}`)).toHaveLength(1);
  });

  it('folds its event into its read model, queried through the index it declares', async () => {
    const loans = await eventually(
      async () => (await http().get('/books/loans').set('Authorization', `Bearer ${await tokenFor()}`)).body,
      (body) => Array.isArray(body) && body.length === 1,
    );
    expect(loans).toEqual([expect.objectContaining({ bookId, borrower: 'Awa' })]);
  });
});
