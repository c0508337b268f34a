import { InMemoryReadModelStore } from '@homeward/events';
import type { Infrastructure, Principal } from '@homeward/platform';
import { CaseScenario, project } from '@homeward/testing/intake';
import { RETURNEE_INDEX } from './identity-key';
import { returneeIndexProjection, type ReturneeIndexEntry } from './returnee-index.projection';
import { SearchReturneesHandler, SearchReturneesQuery } from './search-returnees.query';

describe('Returnee search', () => {
  const readModels = new InMemoryReadModelStore();
  const handler = new SearchReturneesHandler({ readModels } as unknown as Infrastructure);
  const search = (countries: string[], name?: string, dateOfBirth?: string) =>
    handler.execute(new SearchReturneesQuery({ userId: 'u', role: 'case_manager', countries } as Principal, name, dateOfBirth));

  beforeAll(async () => {
    await readModels.declare(RETURNEE_INDEX, returneeIndexProjection.indexes!);
    const cases = [
      CaseScenario.registered({ firstName: 'Awa', lastName: 'Diallo' }),
      CaseScenario.registered({ firstName: 'Aïssatou', lastName: 'Diallo', dateOfBirth: '1990-01-01' }),
      CaseScenario.registered({ firstName: 'Awa', lastName: 'Ndiaye', hostCountry: 'LY', countryOfOrigin: 'GM', nationality: 'GM' }),
    ];
    for (const c of cases) for (const [id, doc] of project(returneeIndexProjection, c.events)) await readModels.put(RETURNEE_INDEX, id, doc, 1);
  });

  it('finds by name parts in any order, ignoring case and accents, sorted by name', async () => {
    expect((await search(['*'], 'DIALLO aissatou')).map((r) => r.firstName)).toEqual(['Aïssatou']);
    expect((await search(['*'], 'diallo')).map((r) => r.firstName)).toEqual(['Aïssatou', 'Awa']);
  });

  it('requires every name part to be one of the returnee’s', async () => {
    expect(await search(['*'], 'awa sow')).toEqual([]);
  });

  it('narrows by date of birth, or searches by it alone', async () => {
    expect((await search(['*'], 'diallo', '1990-01-01')).map((r) => r.firstName)).toEqual(['Aïssatou']);
    expect((await search(['*'], undefined, '1990-01-01')).map((r) => r.lastName)).toEqual(['Diallo']);
  });

  it('finds only cases whose host country or country of origin is in scope', async () => {
    expect((await search(['GM'], 'awa')).map((r) => r.lastName)).toEqual(['Ndiaye']);
    expect((await search(['SN'], 'awa')).map((r) => r.lastName)).toEqual(['Diallo']);
    expect(await search(['NG'], 'awa')).toEqual([]);
  });

  it('answers names, date of birth, nationality and office, nothing else', async () => {
    const [hit] = await search(['GM'], 'ndiaye');
    expect(Object.keys(hit).sort()).toEqual(['caseId', 'dateOfBirth', 'firstName', 'lastName', 'nationality', 'office', 'returneeId']);
  });

  it('finds a returnee behind more than a thousand others sharing a common name part', async () => {
    const store = new InMemoryReadModelStore();
    await store.declare(RETURNEE_INDEX, returneeIndexProjection.indexes!);
    const crowded = new SearchReturneesHandler({ readModels: store } as unknown as Infrastructure);
    const entry = (i: number, lastName: string): ReturneeIndexEntry => ({
      caseId: `c-${i}`, returneeId: `r-${i}`, firstName: 'Awa', lastName, nameTokens: ['awa', lastName.toLowerCase()], identityKeys: [`k-${i}`],
      dateOfBirth: '1990-01-01', nationality: 'SN', hostCountry: 'MA', countryOfOrigin: 'SN', office: 'MA',
    });
    for (let i = 0; i < 1001; i++) await store.put(RETURNEE_INDEX, `c-${i}`, entry(i, `Ba${i}`), 1);
    await store.put(RETURNEE_INDEX, 'c-awa', entry(9999, 'Diallo'), 1);
    const found = await crowded.execute(new SearchReturneesQuery({ userId: 'u', role: 'case_manager', countries: ['MA'] } as Principal, 'awa diallo', undefined));
    expect(found.map((r) => r.lastName)).toEqual(['Diallo']);
  });
});
