import fc from 'fast-check';
import request from 'supertest';
import type { RunningService } from '@homeward/platform';
import { tokenFor } from '../testing/test-auth';
import { hostileUnit, sendRaw, surelyBadBodies, withHostileText } from './hostile-input';
import { caseWithEverything, IntakeClient, startIntake, WRITE_ENDPOINTS, type CaseIds, type WriteEndpoint } from './intake-writes.scenario';

/** Per endpoint; sized so the whole file stays well under a minute. */
const RUNS = 60;
const SURELY_BAD_RUNS = 20;

/**
 * Noise, bags of the right keys, and near-misses of a valid form: one field replaced or dropped,
 * or one of its strings given control characters, bidi controls, lone surrogates or line breaks.
 */
function bodies(endpoint: WriteEndpoint): fc.Arbitrary<unknown> {
  const valid = endpoint.body?.() ?? {};
  const keys = Object.keys(valid);
  const noise = [
    fc.anything(),
    fc.anything({ stringUnit: hostileUnit }),
    fc.object(),
    fc.dictionary(fc.constantFrom(...keys, 'extra', '__proto__', 'constructor'), fc.jsonValue({ stringUnit: hostileUnit })),
  ];
  if (!keys.length) return fc.oneof(...noise);
  const replaced = fc.record({ key: fc.constantFrom(...keys), value: fc.anything({ stringUnit: hostileUnit }) }).map(({ key, value }) => ({ ...valid, [key]: value }));
  const dropped = fc.constantFrom(...keys).map((key) => Object.fromEntries(Object.entries(valid).filter(([k]) => k !== key)));
  return fc.oneof(...noise, replaced, dropped, withHostileText(valid), fc.constant(valid));
}

/** Valid forms sent to a path whose id is not one. */
const strayIds = (ids: CaseIds) =>
  fc.record({ key: fc.constantFrom<keyof CaseIds>('caseId', 'sessionId', 'needId', 'consentId'), value: fc.string() }).map(({ key, value }) => ({ ...ids, [key]: encodeURIComponent(value) }));

describe('Intake write endpoints under random payloads', () => {
  let intake: RunningService;
  let client: IntakeClient;
  let ids: CaseIds;

  beforeAll(async () => {
    intake = await startIntake();
    client = new IntakeClient(intake);
    ids = await caseWithEverything(client);
  });
  afterAll(() => intake?.close());

  it.each(WRITE_ENDPOINTS.map((e) => [e.route, e] as const))('POST %s answers 2xx or 4xx, never 5xx, and a refusal appends nothing', async (_route, endpoint) => {
    const attempts = fc.oneof(
      { weight: 4, arbitrary: bodies(endpoint).map((body) => ({ path: endpoint.path(ids), body })) },
      { weight: 1, arbitrary: strayIds(ids).map((stray) => ({ path: endpoint.path(stray), body: endpoint.body?.() ?? {} })) },
    );
    const token = await tokenFor(endpoint.who);
    await fc.assert(
      fc.asyncProperty(attempts, async ({ path, body }) => {
        const before = await client.head();
        const res = await request(intake.app.getHttpServer())
          .post(path)
          .set('Authorization', `Bearer ${token}`)
          .set('Content-Type', 'application/json')
          .send(JSON.stringify(body) ?? 'undefined');
        expect(res.status).toBeLessThan(500);
        // A 422 would mean the DTO let through what the event schema refuses: the field would go unnamed.
        expect(res.status).not.toBe(422);
        if (res.status >= 300) {
          expect(res.status).toBeGreaterThanOrEqual(400);
          expect(await client.head()).toBe(before);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it.each(WRITE_ENDPOINTS.map((e) => [e.route, e] as const))(
    'POST %s refuses what is surely bad (a bad character in a field, deep nesting, a wrong encoding, bytes not UTF-8) with a 4xx naming the field, appending nothing',
    async (_route, endpoint) => {
      const token = await tokenFor(endpoint.who);
      await fc.assert(
        fc.asyncProperty(surelyBadBodies(endpoint.body?.()), async (attempt) => {
          const before = await client.head();
          const res = await sendRaw(intake.app.getHttpServer(), 'post', endpoint.path(ids), attempt.bytes, { Authorization: `Bearer ${token}`, ...attempt.headers });
          expect({ label: attempt.label, status: res.status }).toEqual({ label: attempt.label, status: attempt.status });
          expect(res.body.errors?.map((e: { field: string }) => e.field)).toContain(attempt.field);
          expect(await client.head()).toBe(before);
        }),
        { numRuns: SURELY_BAD_RUNS },
      );
    },
  );
});
