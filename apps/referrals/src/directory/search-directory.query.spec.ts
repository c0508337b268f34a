import { UnindexedQueryError } from '@homeward/events';
import type { Infrastructure, Principal } from '@homeward/platform';
import { GetProviderHandler, GetProviderQuery } from './get-provider.query';
import { directoryFilter, SearchDirectoryHandler, SearchDirectoryQuery, type DirectoryFilters } from './search-directory.query';
import { onEveryReadModelStore, profile, ProviderHistory, projectDirectory } from './testing/provider-history';

const dakar: Principal = { userId: 'cm-sn-1', role: 'case_manager', countries: ['SN'] };
const bothOffices: Principal = { userId: 'sup-1', role: 'supervisor', countries: ['SN', 'MA'] };
const auditor: Principal = { userId: 'aud-1', role: 'auditor', countries: ['*'] };
const clinicUser: Principal = { userId: 'sp-nurse', role: 'service_provider', countries: ['SN'], organisationId: 'prov-clinic' };

/** A clinic (Dakar, Thiès), a training centre (Dakar, suspended), a shelter (Thiès), a legal aid office of Rabat. */
function directory(): ProviderHistory[] {
  const clinic = ProviderHistory.registered(
    'prov-clinic',
    profile({
      name: 'Clinique Espoir',
      areas: [
        { code: 'SN-DK', name: 'Dakar' },
        { code: 'SN-TH', name: 'Thiès' },
      ],
      services: [
        { serviceType: 'emergency_health', languages: ['fr', 'wo'] },
        { serviceType: 'psychosocial', languages: ['fr'] },
      ],
    }),
  );
  const tvet = ProviderHistory.registered('prov-tvet', profile({ name: 'CFP Dakar' })).run('2027-02-01T09:00:00.000Z', 'SuspendProvider', { reason: 'quality_concerns' });
  const shelter = ProviderHistory.registered(
    'prov-shelter',
    profile({ name: 'Foyer de Thiès', areas: [{ code: 'SN-TH', name: 'Thiès' }], services: [{ serviceType: 'shelter', languages: ['wo'] }, { serviceType: 'psychosocial', languages: ['wo'] }] }),
  );
  const legal = ProviderHistory.registered('prov-legal-ma', profile({ name: 'Tadamon', country: 'MA', areas: [{ code: 'MA-04', name: 'Rabat' }], services: [{ serviceType: 'legal_aid', languages: ['ar', 'fr'] }] }));
  return [clinic, tvet, shelter, legal];
}

describe('Searching the service directory', () => {
  onEveryReadModelStore((readModels) => {
    const infra = () => ({ readModels: readModels() }) as unknown as Infrastructure;
    const search = (principal: Principal, filters: DirectoryFilters = {}, page = { limit: 50, offset: 0 }) => new SearchDirectoryHandler(infra()).execute(new SearchDirectoryQuery(principal, filters, page));
    const ids = async (principal: Principal, filters: DirectoryFilters = {}) => (await search(principal, filters)).items.map((p) => p.providerId);

    beforeAll(async () => {
      await projectDirectory(readModels(), directory().flatMap((h) => h.events));
    });

    it('lists the providers of the caller’s countries by name, counted, as the API shows them', async () => {
      const page = await search(dakar);
      expect([page.items.map((p) => p.providerId), page.total]).toEqual([['prov-tvet', 'prov-clinic', 'prov-shelter'], 3]);
      expect(page.items[0]).toEqual({
        providerId: 'prov-tvet',
        status: 'suspended',
        ...profile({ name: 'CFP Dakar' }),
        suspension: { reason: 'quality_concerns', suspendedAt: '2027-02-01T09:00:00.000Z' },
        registeredAt: '2027-01-04T09:00:00.000Z',
        updatedAt: '2027-02-01T09:00:00.000Z',
      });
      expect(await ids(bothOffices)).toEqual(['prov-tvet', 'prov-clinic', 'prov-shelter', 'prov-legal-ma']);
      expect(await ids(auditor)).toEqual(['prov-tvet', 'prov-clinic', 'prov-shelter', 'prov-legal-ma']);
      expect(await ids(bothOffices, { country: 'MA' })).toEqual(['prov-legal-ma']);
    });

    it('narrows by service type, area, language and status, alone or together', async () => {
      expect(await ids(dakar, { serviceType: 'psychosocial' })).toEqual(['prov-clinic', 'prov-shelter']);
      expect(await ids(dakar, { area: 'SN-DK' })).toEqual(['prov-tvet', 'prov-clinic']);
      expect(await ids(dakar, { language: 'wo' })).toEqual(['prov-tvet', 'prov-clinic', 'prov-shelter']);
      expect(await ids(dakar, { status: 'active' })).toEqual(['prov-clinic', 'prov-shelter']);
      expect(await ids(dakar, { serviceType: 'psychosocial', area: 'SN-DK' })).toEqual(['prov-clinic']);
      expect(await ids(dakar, { area: 'SN-DK', status: 'active' })).toEqual(['prov-clinic']);
      expect(await ids(dakar, { language: 'wo', status: 'suspended' })).toEqual(['prov-tvet']);
    });

    it('matches a language to the service given in it, not to any service of the provider', async () => {
      // The clinic speaks Wolof in its emergency room, but counsels in French only.
      expect(await ids(dakar, { serviceType: 'psychosocial', language: 'wo' })).toEqual(['prov-shelter']);
      expect(await ids(dakar, { serviceType: 'psychosocial', language: 'fr', area: 'SN-TH' })).toEqual(['prov-clinic']);
      expect(await ids(dakar, { serviceType: 'emergency_health', language: 'wo', area: 'SN-TH', status: 'active' })).toEqual(['prov-clinic']);
    });

    it('searches every country for a caller of every country, and one country’s keys for the others', async () => {
      expect(await ids(auditor, { serviceType: 'legal_aid' })).toEqual(['prov-legal-ma']);
      expect(await ids(auditor, { language: 'fr', status: 'active' })).toEqual(['prov-clinic', 'prov-legal-ma']);
      expect(await ids(dakar, { serviceType: 'legal_aid' })).toEqual([]);
      expect(await ids(bothOffices, { language: 'ar' })).toEqual(['prov-legal-ma']);
    });

    it('pages, counting the whole result', async () => {
      const page = await search(auditor, {}, { limit: 2, offset: 1 });
      expect([page.items.map((p) => p.providerId), page.total]).toEqual([['prov-clinic', 'prov-shelter'], 4]);
      const filtered = await search(dakar, { serviceType: 'psychosocial' }, { limit: 1, offset: 1 });
      expect([filtered.items.map((p) => p.providerId), filtered.total]).toEqual([['prov-shelter'], 2]);
    });

    it('gives a service provider’s user its own entry, or nothing', async () => {
      expect(await ids(clinicUser)).toEqual(['prov-clinic']);
      expect(await ids(clinicUser, { serviceType: 'emergency_health', area: 'SN-TH' })).toEqual(['prov-clinic']);
      expect(await ids(clinicUser, { serviceType: 'shelter' })).toEqual([]);
      expect(await ids({ ...clinicUser, organisationId: undefined })).toEqual([]);
    });

    it('goes through a declared index for every combination of filters', async () => {
      const filters: DirectoryFilters[] = [];
      for (const country of [undefined, 'SN'])
        for (const area of [undefined, 'SN-DK'])
          for (const serviceType of [undefined, 'shelter'] as const)
            for (const language of [undefined, 'wo'])
              for (const status of [undefined, 'active'] as const) filters.push({ country, area, serviceType, language, status });
      for (const principal of [dakar, bothOffices, auditor, clinicUser]) {
        for (const f of filters) await expect(search(principal, f)).resolves.toMatchObject({ total: expect.any(Number) });
      }
      // The store does refuse what no index serves: the check above could fail.
      await expect(readModels().find('directory', { contact: 'x' }, { sort: 'name' })).rejects.toThrow(UnindexedQueryError);
    });

    it('reads one provider for staff of its country and for its own users', async () => {
      const get = (principal: Principal, providerId: string) => new GetProviderHandler(infra()).execute(new GetProviderQuery(principal, providerId));
      await expect(get(dakar, 'prov-clinic')).resolves.toMatchObject({ providerId: 'prov-clinic', name: 'Clinique Espoir', status: 'active' });
      await expect(get(clinicUser, 'prov-clinic')).resolves.toMatchObject({ providerId: 'prov-clinic' });
      await expect(get(clinicUser, 'prov-shelter')).rejects.toMatchObject({ status: 403, response: { code: 'ROLE_NOT_ALLOWED' } });
      await expect(get(dakar, 'prov-legal-ma')).rejects.toMatchObject({ status: 403, response: { code: 'OUT_OF_COUNTRY_SCOPE' } });
      await expect(get(dakar, 'prov-unknown')).rejects.toMatchObject({ code: 'PROVIDER_NOT_FOUND', status: 404 });
    });
  });

  it('keys a filter to the country searched, or to every country for a caller of every country', () => {
    expect(directoryFilter(bothOffices, { serviceType: 'shelter', area: 'SN-TH' })).toEqual({ offersInArea: ['SN:shelter:SN-TH', 'MA:shelter:SN-TH'] });
    expect(directoryFilter(auditor, { serviceType: 'shelter', language: 'wo' })).toEqual({ offersInLanguage: ['*:shelter:wo'] });
    expect(directoryFilter(dakar, { language: 'wo', status: 'active' })).toEqual({ languages: 'wo', country: ['SN'], status: 'active' });
    expect(directoryFilter(clinicUser, {})).toEqual({ _id: 'prov-clinic' });
  });
});
