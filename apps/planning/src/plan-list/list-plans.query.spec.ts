import type { Infrastructure, Principal } from '@homeward/platform';
import { onEveryReadModelStore, projectInto } from '../testing/read-side';
import { PlanHistory } from '../testing/plan-history';
import { ListPlansHandler, ListPlansQuery } from './list-plans.query';

const dakar: Principal = { userId: 'sup-sn-1', role: 'supervisor', countries: ['SN'] };
const westAfrica: Principal = { userId: 'cm-2', role: 'case_manager', countries: ['SN', 'ML'] };
const auditor: Principal = { userId: 'aud-1', role: 'auditor', countries: ['*'] };

describe('Plans by status and country, paged', () => {
  onEveryReadModelStore((readModels) => {
    const list = (principal: Principal, filters: ListPlansQuery['filters'] = {}, page = { limit: 50, offset: 0 }) =>
      new ListPlansHandler({ readModels: readModels() } as unknown as Infrastructure).execute(new ListPlansQuery(principal, filters, page));
    const ids = (page: { items: Array<{ caseId: string }> }) => page.items.map((p) => p.caseId);

    beforeAll(async () => {
      const drafted = PlanHistory.arrived('c-drafted', '2026-12-15');
      drafted.draft('2027-01-08T09:00:00.000Z');
      const histories = [PlanHistory.active('c-active'), drafted, PlanHistory.arrived('c-due', '2026-12-20'), PlanHistory.arrived('c-bamako', '2026-12-18', 'ML'), PlanHistory.arrived('c-rabat', '2026-12-19', 'MA')];
      await projectInto(readModels(), histories.flatMap((h) => h.events));
    });

    it('lists the plans of the caller’s country, the last changed first, and counts them', async () => {
      const page = await list(dakar);
      expect([ids(page), page.total]).toEqual([['c-drafted', 'c-active', 'c-due'], 3]);
      expect(page.items[1]).toEqual({
        caseId: 'c-active',
        country: 'SN',
        arrivalDate: '2026-12-15',
        dueOn: '2027-01-15',
        status: 'active',
        finalisedOn: '2027-01-06',
        version: { number: 1, status: 'active' },
        lastChangedAt: '2027-01-07T10:00:00.000Z',
      });
    });

    it('narrows to a stage, to a country, or both', async () => {
      expect(ids(await list(dakar, { status: 'due' }))).toEqual(['c-due']);
      expect(ids(await list(westAfrica))).toEqual(['c-drafted', 'c-active', 'c-due', 'c-bamako']);
      expect(ids(await list(westAfrica, { country: 'ML' }))).toEqual(['c-bamako']);
      const due = await list(auditor, { status: 'due' });
      expect([ids(due), due.total]).toEqual([['c-due', 'c-rabat', 'c-bamako'], 3]);
    });

    it('pages, counting the whole list', async () => {
      const page = await list(auditor, {}, { limit: 2, offset: 2 });
      expect([ids(page), page.total]).toEqual([['c-due', 'c-rabat'], 5]);
    });
  });
});
