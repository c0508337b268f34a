import fc from 'fast-check';
import request from 'supertest';
import type { Principal, RunningService } from '@homeward/platform';
import { tokenFor } from '../testing/test-auth';
import { fuzzWrites, randomBodies } from './fuzz-writes';
import { hostileUnit } from './hostile-input';
import { providerForm, ReferralsClient, startReferrals, SUPERVISOR_SN } from './referrals-directory.scenario';

/** Per endpoint; sized so the whole file stays well under a minute. */
const RUNS = 40;

interface DirectoryEndpoint {
  route: string;
  method: 'post' | 'put';
  path: (providerId: string) => string;
  body?: () => object;
}

/** Every write of the directory, with a form it accepts. */
const ENDPOINTS: DirectoryEndpoint[] = [
  { route: 'register', method: 'post', path: () => '/providers', body: () => providerForm() },
  { route: 'update', method: 'put', path: (id) => `/providers/${id}`, body: () => providerForm({ name: 'Centre de Ziguinchor' }) },
  { route: 'suspension', method: 'post', path: (id) => `/providers/${id}/suspension`, body: () => ({ reason: 'quality_concerns', note: 'Trainers absent' }) },
  { route: 'reactivation', method: 'post', path: (id) => `/providers/${id}/reactivation` },
];

/** A form with one value somewhere inside it replaced: nested DTOs (areas, services, eligibility, contact) get their share. */
function replacedDeep(form: object): fc.Arbitrary<unknown> {
  const paths: string[][] = [];
  const walk = (value: unknown, path: string[]) => {
    paths.push(path);
    if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, [...path, k]);
  };
  walk(form, []);
  return fc.record({ path: fc.constantFrom(...paths.filter((p) => p.length)), value: fc.jsonValue({ stringUnit: hostileUnit }) }).map(({ path, value }) => {
    const copy = structuredClone(form) as Record<string, unknown>;
    let holder: Record<string, unknown> = copy;
    for (const key of path.slice(0, -1)) holder = holder[key] as Record<string, unknown>;
    holder[path[path.length - 1]] = value;
    return copy;
  });
}

describe('Directory endpoints under random payloads', () => {
  let referrals: RunningService;
  let client: ReferralsClient;
  let token: string;

  beforeAll(async () => {
    referrals = await startReferrals();
    client = new ReferralsClient(referrals);
    token = await tokenFor(SUPERVISOR_SN as Principal);
  });
  afterAll(() => referrals?.close());

  it.each(ENDPOINTS.map((e) => [e.route, e] as const))('%s answers 2xx or 4xx, never 5xx nor an event its schema refuses, and a refusal appends nothing', async (_route, endpoint) => {
    const providerId = await client.register();
    const path = endpoint.path(providerId);
    const bodies = randomBodies(endpoint.body?.(), { replaced: replacedDeep });
    await fuzzWrites(referrals, { method: endpoint.method, token, attempts: bodies.map((body) => ({ path, body })), numRuns: RUNS });
  });

  it('the search answers 200 or 400 naming a field, whatever its query string, and pages stay within their bounds', async () => {
    const value = fc.oneof(fc.string({ unit: hostileUnit }), fc.constantFrom('SN', 'MA', 'SN-DK', 'shelter', 'psychosocial', 'fr', 'wo', 'active', 'suspended', '0', '200', '-1', '1e3'));
    const query = fc.dictionary(fc.constantFrom('country', 'area', 'serviceType', 'language', 'status', 'limit', 'offset', 'extra'), value);
    await fc.assert(
      fc.asyncProperty(query, async (params) => {
        const res = await request(referrals.app.getHttpServer()).get('/providers').query(params).set('Authorization', `Bearer ${token}`);
        expect([200, 400, 403]).toContain(res.status);
        if (res.status === 400) expect(res.body.errors.length).toBeGreaterThan(0);
        if (res.status === 403) expect(res.body.code).toBe('OUT_OF_COUNTRY_SCOPE');
        if (res.status === 200) expect(res.body.items.length).toBeLessThanOrEqual(res.body.limit);
      }),
      { numRuns: RUNS * 2 },
    );
  });
});
