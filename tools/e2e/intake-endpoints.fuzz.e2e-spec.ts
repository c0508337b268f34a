import fc from 'fast-check';
import type { RunningService } from '@homeward/platform';
import { tokenFor } from '../testing/test-auth';
import { fuzzSurelyBad, fuzzWrites, randomBodies, replacedField } from './fuzz-writes';
import { hostileUnit, surelyBadBodies } from './hostile-input';
import { caseWithEverything, IntakeClient, startIntake, WRITE_ENDPOINTS, type CaseIds, type WriteEndpoint } from './intake-writes.scenario';

/** Per endpoint; sized so the whole file stays well under a minute. */
const RUNS = 60;
const SURELY_BAD_RUNS = 20;

/**
 * Noise, bags of the right keys, and near-misses of a valid form: one field replaced (by anything, not
 * only JSON) or dropped, or one of its strings given control characters, bidi controls, lone surrogates or line breaks.
 */
const bodies = (endpoint: WriteEndpoint) =>
  randomBodies(endpoint.body?.(), { replaced: replacedField(fc.anything({ stringUnit: hostileUnit })), strayKeys: ['constructor'] });

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
    // Intake answers no 422 at all: one would be the event's schema refusing what the DTO let through.
    await fuzzWrites(intake, { token, attempts, numRuns: RUNS, alsoExpect: (res) => expect(res.status).not.toBe(422) });
  });

  it.each(WRITE_ENDPOINTS.map((e) => [e.route, e] as const))(
    'POST %s refuses what is surely bad (a bad character in a field, deep nesting, a wrong encoding, bytes not UTF-8) with a 4xx naming the field, appending nothing',
    async (_route, endpoint) => {
      const token = await tokenFor(endpoint.who);
      await fuzzSurelyBad(intake, { token, path: endpoint.path(ids), attempts: surelyBadBodies(endpoint.body?.()), numRuns: SURELY_BAD_RUNS });
    },
  );
});
