import type { Principal, RunningService } from '@homeward/platform';
import { EXAMPLE_DIRECTORY } from '../../apps/referrals/src/directory/example-directory';
import { eventually } from '../testing/test-services';
import { CASE_MANAGER_SN, providerForm, ReferralsClient, startReferrals, SUPERVISOR_MA, SUPERVISOR_SN } from './referrals-directory.scenario';

const ADMIN: Partial<Principal> = { userId: 'admin-1', role: 'admin', countries: ['*'] };
const AUDITOR: Partial<Principal> = { userId: 'aud-1', role: 'auditor', countries: ['*'] };
const ME_OFFICER: Partial<Principal> = { userId: 'me-1', role: 'me_officer', countries: ['SN'] };
const ANALYST: Partial<Principal> = { userId: 'da-1', role: 'data_analyst', countries: ['*'] };
/** The dev token TOKEN_SERVICE_PROVIDER: a user of the clinic of the example directory. */
const CLINIC_USER: Partial<Principal> = { userId: 'sp-clinic', role: 'service_provider', countries: ['SN', 'MA'], organisationId: 'prov-clinique-espoir' };

describe('Embedded mode: the service directory’s API (issue 13.1)', () => {
  let referrals: RunningService;
  let client: ReferralsClient;

  beforeAll(async () => {
    referrals = await startReferrals();
    client = new ReferralsClient(referrals);
  });
  afterAll(() => referrals?.close());

  const ids = (res: { body: { items: Array<{ providerId: string }> } }) => res.body.items.map((p) => p.providerId);
  /** Waits until the directory's read model shows what the last write did. */
  const listed = (path: string, ok: (found: string[]) => boolean, principal: Partial<Principal> = CASE_MANAGER_SN) =>
    eventually(() => client.get(path, principal), (res) => res.status === 200 && ok(ids(res)), 15000);
  /** A refusal, and nothing appended for it. */
  const refused = async (status: number, method: 'post' | 'put', path: string, principal: Partial<Principal>, body?: unknown, language?: string) => {
    const before = await client.head();
    const res = await client.send(method, path, principal, body, language);
    expect({ status: res.status, body: res.body }).toMatchObject({ status });
    expect(await client.head()).toBe(before);
    return res.body;
  };

  describe('the example directory, registered at start', () => {
    it('lists the example providers of Senegal and Morocco, marked as examples, the clinic taking emergencies', async () => {
      const res = await listed('/providers?limit=200', (found) => EXAMPLE_DIRECTORY.every((p) => found.includes(p.providerId)), AUDITOR);
      expect(res.body.total).toBe(EXAMPLE_DIRECTORY.length);
      expect(res.body.items.every((p: { name: string; contact: { email: string } }) => p.name.endsWith('(example)') && p.contact.email.endsWith('.example.org'))).toBe(true);
      const clinic = await client.get('/providers/prov-clinique-espoir');
      expect(clinic.body).toMatchObject({ providerId: 'prov-clinique-espoir', name: 'Clinique Espoir (example)', status: 'active', country: 'SN', areas: [{ code: 'SN-DK' }] });
      expect(ids(await client.get('/providers?serviceType=emergency_health&area=SN-DK&status=active'))).toEqual(['prov-clinique-espoir']);
      for (const type of ['vocational_training', 'psychosocial', 'legal_aid', 'shelter']) expect((await client.get(`/providers?serviceType=${type}`, AUDITOR)).body.total).toBeGreaterThan(0);
    });

    it('is registered once: a second start appends nothing', async () => {
      const before = await client.head();
      await referrals.app.get((await import('../../apps/referrals/src/directory/ship-example-directory')).ShipExampleDirectory).onApplicationBootstrap();
      expect(await client.head()).toBe(before);
    });

    it('shows the clinic’s users their own entry and nothing else', async () => {
      expect(ids(await client.get('/providers', CLINIC_USER))).toEqual(['prov-clinique-espoir']);
      expect(ids(await client.get('/providers?serviceType=legal_aid', CLINIC_USER))).toEqual([]);
      expect((await client.get('/providers/prov-clinique-espoir', CLINIC_USER)).status).toBe(200);
      const other = await client.get('/providers/prov-cfp-thies', CLINIC_USER);
      expect([other.status, other.body.code]).toEqual([403, 'ROLE_NOT_ALLOWED']);
    });
  });

  describe('a provider registered, updated, found, suspended and reactivated', () => {
    let providerId: string;

    it('registers under a minted id, taking referrals at once', async () => {
      const before = await client.head();
      const res = await client.send('post', '/providers', SUPERVISOR_SN, providerForm());
      expect(res.status).toBe(201);
      expect(res.body).toEqual({ id: res.body.providerId, providerId: expect.stringMatching(/^[0-9a-f-]{36}$/), streamVersion: 1, events: ['referrals.ProviderRegistered'] });
      expect(await client.head()).toBe(before + 1);
      providerId = res.body.providerId;
      await listed('/providers?area=SN-ZG', (found) => found.includes(providerId));
      expect((await client.get(`/providers/${providerId}`)).body).toEqual({
        providerId,
        status: 'active',
        ...providerForm(),
        registeredAt: expect.any(String),
        updatedAt: expect.any(String),
      });
    });

    it('is found by each filter, and not by one it does not meet', async () => {
      const found = async (query: string) => ids(await client.get(`/providers?${query}`)).includes(providerId);
      expect(await found('country=SN')).toBe(true);
      expect(await found('area=SN-ZG')).toBe(true);
      expect(await found('serviceType=vocational_training')).toBe(true);
      expect(await found('language=dyo')).toBe(true);
      expect(await found('status=active')).toBe(true);
      expect(await found('serviceType=vocational_training&area=SN-ZG&language=dyo&status=active')).toBe(true);
      // Jola-Fonyi is the training's language, not that of the income-generating activity.
      expect(await found('serviceType=income_generating_activity&language=dyo')).toBe(false);
      expect(await found('area=SN-DK')).toBe(false);
      expect(await found('status=suspended')).toBe(false);
      expect(ids(await client.get('/providers?country=MA', SUPERVISOR_MA))).not.toContain(providerId);
    });

    it('takes the whole profile as it now is; the same again appends nothing', async () => {
      const moved = providerForm({ areas: [{ code: 'SN-ZG', name: 'Ziguinchor' }, { code: 'SN-KD', name: 'Kolda' }] });
      const res = await client.send('put', `/providers/${providerId}`, SUPERVISOR_SN, moved);
      expect([res.status, res.body]).toEqual([200, { id: providerId, streamVersion: 2, events: ['referrals.ProviderUpdated'] }]);
      expect((await client.send('put', `/providers/${providerId}`, ADMIN, moved)).body).toEqual({ id: providerId, streamVersion: 2, events: [] });
      await listed('/providers?area=SN-KD', (found) => found.includes(providerId));
      const body = await refused(409, 'put', `/providers/${providerId}`, SUPERVISOR_SN, providerForm({ country: 'MA' }));
      expect(body).toMatchObject({ code: 'PROVIDER_COUNTRY_FIXED', errors: [{ field: 'country' }] });
    });

    it('is suspended with a reason, then reactivated; each only once', async () => {
      const suspended = await client.send('post', `/providers/${providerId}/suspension`, SUPERVISOR_SN, { reason: 'quality_concerns', note: 'Trainers absent twice this month' });
      expect([suspended.status, suspended.body.events]).toEqual([201, ['referrals.ProviderSuspended']]);
      const res = await listed('/providers?status=suspended', (found) => found.includes(providerId));
      expect(res.body.items.find((p: { providerId: string }) => p.providerId === providerId)).toMatchObject({ status: 'suspended', suspension: { reason: 'quality_concerns' } });
      expect(JSON.stringify(res.body)).not.toContain('Trainers absent');
      expect((await refused(409, 'post', `/providers/${providerId}/suspension`, SUPERVISOR_SN, { reason: 'other' })).code).toBe('PROVIDER_ALREADY_SUSPENDED');
      const reactivated = await client.send('post', `/providers/${providerId}/reactivation`, ADMIN);
      expect([reactivated.status, reactivated.body.events]).toEqual([201, ['referrals.ProviderReactivated']]);
      expect((await refused(409, 'post', `/providers/${providerId}/reactivation`, SUPERVISOR_SN)).code).toBe('PROVIDER_NOT_SUSPENDED');
      await listed('/providers?status=active&area=SN-ZG', (found) => found.includes(providerId));
    });

    it('is kept only by supervisors of its country and admins, and read by the staff of its country', async () => {
      for (const who of [CASE_MANAGER_SN, AUDITOR, ME_OFFICER, ANALYST, CLINIC_USER]) {
        expect((await refused(403, 'post', '/providers', who, providerForm())).code).toBe('ROLE_NOT_ALLOWED');
        expect((await refused(403, 'put', `/providers/${providerId}`, who, providerForm())).code).toBe('ROLE_NOT_ALLOWED');
        expect((await refused(403, 'post', `/providers/${providerId}/suspension`, who, { reason: 'other' })).code).toBe('ROLE_NOT_ALLOWED');
      }
      expect((await refused(403, 'post', '/providers', SUPERVISOR_MA, providerForm())).code).toBe('OUT_OF_COUNTRY_SCOPE');
      expect((await refused(403, 'put', `/providers/${providerId}`, SUPERVISOR_MA, providerForm())).code).toBe('OUT_OF_COUNTRY_SCOPE');
      expect((await refused(403, 'post', `/providers/${providerId}/reactivation`, SUPERVISOR_MA)).code).toBe('OUT_OF_COUNTRY_SCOPE');
      expect((await refused(404, 'put', '/providers/prov-nowhere', SUPERVISOR_SN, providerForm())).code).toBe('PROVIDER_NOT_FOUND');
      for (const who of [CASE_MANAGER_SN, SUPERVISOR_SN, AUDITOR, ME_OFFICER, ANALYST, ADMIN]) expect((await client.get(`/providers/${providerId}`, who)).status).toBe(200);
      expect((await client.get(`/providers/${providerId}`, SUPERVISOR_MA)).body.code).toBe('OUT_OF_COUNTRY_SCOPE');
      expect((await client.get('/providers?country=SN', SUPERVISOR_MA)).body.code).toBe('OUT_OF_COUNTRY_SCOPE');
      expect((await client.get(`/providers/${providerId}`, CLINIC_USER)).body.code).toBe('ROLE_NOT_ALLOWED');
      expect((await client.get('/providers/prov-nowhere')).body.code).toBe('PROVIDER_NOT_FOUND');
    });
  });

  describe('bad input', () => {
    const bad = { name: 42, country: 'XX', areas: [], services: [{ serviceType: 'karate', languages: ['xx'], capacityPerMonth: -1 }], contact: { email: 'not-mail' }, extra: true };
    const fields = (body: { errors: Array<{ field: string }> }) => [...new Set(body.errors.map((e) => e.field))].sort();

    it('is refused with 400 naming each field, in English and in French', async () => {
      const en = await refused(400, 'post', '/providers', SUPERVISOR_SN, bad);
      expect(en.code).toBe('INVALID_INPUT');
      expect(fields(en)).toEqual(['areas', 'contact.email', 'country', 'extra', 'name', 'services.0.capacityPerMonth', 'services.0.languages', 'services.0.serviceType']);
      expect(en.message).toContain('country: country must be an ISO 3166-1 alpha-2 country code');
      const fr = await refused(400, 'post', '/providers', SUPERVISOR_SN, bad, 'fr');
      expect(fields(fr)).toEqual(fields(en));
      expect(fr.message).toContain('country: doit être un code pays ISO 3166-1 alpha-2');
      expect(fr.message).toContain('services.0.languages: doit être un code de langue ISO 639');
      expect((await refused(400, 'post', '/providers/prov-cfp-thies/suspension', SUPERVISOR_SN, { reason: 'bored' }, 'fr')).errors).toEqual([{ field: 'reason', message: expect.stringMatching(/doit/) }]);
    });

    it('is refused by the directory’s rules naming the field, in both languages', async () => {
      const twice = providerForm({ services: [{ serviceType: 'shelter', languages: ['fr'] }, { serviceType: 'shelter', languages: ['wo'] }] });
      expect(await refused(400, 'post', '/providers', SUPERVISOR_SN, twice, 'fr')).toMatchObject({ code: 'SERVICE_TYPE_REPEATED', errors: [{ field: 'services', message: 'Chaque type de service figure une seule fois par prestataire' }] });
      const inverted = providerForm({ services: [{ serviceType: 'shelter', eligibility: { minAge: 30, maxAge: 18 }, languages: ['fr'] }] });
      expect(await refused(400, 'post', '/providers', SUPERVISOR_SN, inverted)).toMatchObject({ code: 'AGE_BOUNDS_INVERTED', errors: [{ field: 'services[0].eligibility' }] });
      const areaTwice = providerForm({ areas: [{ code: 'SN-ZG', name: 'Ziguinchor' }, { code: 'SN-ZG', name: 'Ziguinchor' }] });
      expect((await refused(400, 'post', '/providers', SUPERVISOR_SN, areaTwice)).code).toBe('AREA_REPEATED');
    });

    it('refuses a bad id in the path and bad filters, naming them', async () => {
      expect((await refused(400, 'put', '/providers/not%20an%20id', SUPERVISOR_SN, providerForm())).errors).toEqual([{ field: 'providerId', message: expect.any(String) }]);
      const search = await client.send('get', '/providers?serviceType=karate&area=SN:DK&language=xx&status=closed&limit=0', CASE_MANAGER_SN, undefined, 'fr');
      expect(search.status).toBe(400);
      expect(fields(search.body)).toEqual(['area', 'language', 'limit', 'serviceType', 'status']);
    });
  });
});
