import type { Infrastructure, Principal } from '@homeward/platform';
import { onEveryReadModelStore, projectInto } from '../testing/read-side';
import { PlanHistory } from '../testing/plan-history';
import { ListAllocationsHandler, ListAllocationsQuery } from './list-allocations.query';

const dakar: Principal = { userId: 'sup-sn-1', role: 'supervisor', countries: ['SN'] };
const auditor: Principal = { userId: 'aud-1', role: 'auditor', countries: ['*'] };

describe('Allocations awaiting approval, paged', () => {
  onEveryReadModelStore((readModels) => {
    const list = (principal: Principal, filters: ListAllocationsQuery['filters'], page = { limit: 50, offset: 0 }) =>
      new ListAllocationsHandler({ readModels: readModels() } as unknown as Infrastructure).execute(new ListAllocationsQuery(principal, filters, page));
    const ids = (page: { items: Array<{ caseId: string; allocationId: string }> }) => page.items.map((a) => `${a.caseId}:${a.allocationId}`);

    beforeAll(async () => {
      const awa = PlanHistory.active('c-awa');
      awa.decideGrant('2027-01-08T09:00:00.000Z', 'a-1');
      awa.approveGrant('2027-01-08T10:00:00.000Z', 'a-1');
      awa.decideGrant('2027-01-09T09:00:00.000Z', 'a-2', 100_000);
      const fatou = PlanHistory.arrived('c-fatou', '2026-12-15');
      fatou.draft('2027-01-05T09:00:00.000Z');
      fatou.decideGrant('2027-01-06T09:00:00.000Z');
      const moussa = PlanHistory.arrived('c-moussa', '2026-12-15', 'ML');
      moussa.draft('2027-01-05T09:00:00.000Z');
      moussa.decideGrant('2027-01-07T09:00:00.000Z', 'a-1', 400_000);
      await projectInto(readModels(), [...awa.events, ...fatou.events, ...moussa.events]);
    });

    it('gives a supervisor those of her country still to approve, the longest waiting first', async () => {
      const page = await list(dakar, { awaitingApproval: true });
      expect([ids(page), page.total]).toEqual([['c-fatou:a-1', 'c-awa:a-2'], 2]);
      expect(page.items[1]).toMatchObject({ amount: 100_000, currency: 'XOF', modality: 'mixed', status: 'awaiting_approval', decidedAt: '2027-01-09T09:00:00.000Z' });
    });

    it('lists every allocation of the countries read, the latest decided first, or one country’s', async () => {
      expect(ids(await list(dakar, { awaitingApproval: false }))).toEqual(['c-awa:a-2', 'c-awa:a-1', 'c-fatou:a-1']);
      expect(ids(await list(auditor, { awaitingApproval: true, country: 'ML' }))).toEqual(['c-moussa:a-1']);
      const all = await list(auditor, { awaitingApproval: true }, { limit: 1, offset: 2 });
      expect([ids(all), all.total]).toEqual([['c-awa:a-2'], 3]);
    });
  });
});
