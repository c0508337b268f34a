import type { Infrastructure, Principal } from '@homeward/platform';
import { InMemoryReadModelStore } from '@homeward/events';
import { CASE_LIST, caseListProjection, type CaseListDocument } from './case-list.projection';
import { ListCasesHandler, ListCasesQuery } from './list-cases.query';

const listed = (caseId: string, hostCountry: string, countryOfOrigin: string, openedAt: string): CaseListDocument => ({
  caseId,
  hostCountry,
  countryOfOrigin,
  countries: [hostCountry, countryOfOrigin],
  office: hostCountry,
  plannedReturnDate: '2026-12-15',
  openedAt,
  status: 'open',
  basis: { assistanceConsents: [] },
});

const officer = (...countries: string[]): Principal => ({ userId: 'me-1', role: 'me_officer', countries });

describe('Monitoring case list: the page and its total', () => {
  let handler: ListCasesHandler;

  beforeEach(async () => {
    const readModels = new InMemoryReadModelStore();
    // The store refuses any query the projection's indexes would not serve, as every adapter does.
    await readModels.declare(CASE_LIST, caseListProjection.indexes ?? []);
    const cases = [
      listed('c-1', 'MA', 'SN', '2026-11-01T09:00:00.000Z'),
      listed('c-2', 'MA', 'ML', '2026-11-02T09:00:00.000Z'),
      listed('c-3', 'TN', 'SN', '2026-11-03T09:00:00.000Z'),
      listed('c-4', 'SN', 'MA', '2026-11-04T09:00:00.000Z'),
      listed('c-5', 'DE', 'GM', '2026-11-05T09:00:00.000Z'),
    ];
    for (const [i, doc] of cases.entries()) await readModels.put(CASE_LIST, doc.caseId, doc, i + 1);
    handler = new ListCasesHandler({ readModels } as unknown as Infrastructure);
  });

  const list = (principal: Principal, country?: string, page = { limit: 50, offset: 0 }) => handler.execute(new ListCasesQuery(principal, country, page));

  it('lists the cases hosted in or returning to the caller’s country, newest first, and counts them all', async () => {
    const page = await list(officer('MA'), undefined, { limit: 2, offset: 0 });
    expect(page.items.map((c) => c.caseId)).toEqual(['c-4', 'c-2']);
    expect(page.total).toBe(3);
  });

  it('counts a case whose two countries are both in scope once', async () => {
    const page = await list(officer('MA', 'SN'));
    expect(page.items.map((c) => c.caseId)).toEqual(['c-4', 'c-3', 'c-2', 'c-1']);
    expect(page.total).toBe(4);
  });

  it('narrows to the country asked, and counts everything for a caller of every country', async () => {
    expect((await list(officer('*'), 'GM')).total).toBe(1);
    expect((await list(officer('*'))).total).toBe(5);
  });

  it('returns the items without the storage fields', async () => {
    const [item] = (await list(officer('DE'))).items;
    expect(item).toEqual({ caseId: 'c-5', hostCountry: 'DE', countryOfOrigin: 'GM', office: 'DE', plannedReturnDate: '2026-12-15', openedAt: '2026-11-05T09:00:00.000Z', status: 'open' });
  });
});
