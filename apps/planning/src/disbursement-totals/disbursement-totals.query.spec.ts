import type { Infrastructure, Principal } from '@homeward/platform';
import { onEveryReadModelStore, projectInto } from '../testing/read-side';
import { PlanHistory } from '../testing/plan-history';
import { DisbursementTotalsHandler, DisbursementTotalsQuery } from './disbursement-totals.query';

const dakar: Principal = { userId: 'sup-sn-1', role: 'supervisor', countries: ['SN'] };
const auditor: Principal = { userId: 'aud-1', role: 'auditor', countries: ['*'] };

describe('Disbursements per country and currency', () => {
  onEveryReadModelStore((readModels) => {
    const totals = (principal: Principal, country?: string, page = { limit: 50, offset: 0 }) =>
      new DisbursementTotalsHandler({ readModels: readModels() } as unknown as Infrastructure).execute(new DisbursementTotalsQuery(principal, country, page));

    beforeAll(async () => {
      const paid = (caseId: string, country: string, currency: string, amount: number, payments: number[]) => {
        const plan = PlanHistory.active(caseId, country);
        plan.decideGrant('2027-01-08T09:00:00.000Z', 'a-1', amount, currency);
        plan.approveGrant('2027-01-08T10:00:00.000Z', 'a-1');
        payments.forEach((p, i) => plan.disburse(`2027-0${i + 2}-01T10:00:00.000Z`, `d-${i + 1}`, i + 1, p));
        return plan;
      };
      const pending = PlanHistory.active('c-pending');
      pending.decideGrant('2027-01-08T09:00:00.000Z');
      const histories = [paid('c-1', 'SN', 'XOF', 300_000, [150_000, 150_000]), paid('c-2', 'SN', 'XOF', 200_000, [100_000]), paid('c-3', 'SN', 'EUR', 50_000, []), paid('c-4', 'ML', 'XOF', 100_000, [50_000]), pending];
      await projectInto(readModels(), histories.flatMap((h) => h.events));
    });

    it('adds up what the plans of a country approved and paid, per currency; an allocation not approved counts for nothing', async () => {
      expect(await totals(dakar)).toEqual({
        items: [
          { country: 'SN', currency: 'EUR', approvedAmount: 50_000, approvedAllocations: 1, disbursedAmount: 0, disbursements: 0, cases: 1 },
          { country: 'SN', currency: 'XOF', approvedAmount: 500_000, approvedAllocations: 2, disbursedAmount: 400_000, disbursements: 3, cases: 2 },
        ],
        total: 2,
        limit: 50,
        offset: 0,
      });
    });

    it('gives every country to a caller of every country, the one asked, and pages', async () => {
      expect((await totals(auditor)).items.map((t) => `${t.country} ${t.currency}`)).toEqual(['ML XOF', 'SN EUR', 'SN XOF']);
      expect((await totals(auditor, 'ML')).items).toEqual([{ country: 'ML', currency: 'XOF', approvedAmount: 100_000, approvedAllocations: 1, disbursedAmount: 50_000, disbursements: 1, cases: 1 }]);
      const page = await totals(auditor, undefined, { limit: 1, offset: 1 });
      expect([page.items.map((t) => t.currency), page.total]).toEqual([['EUR'], 3]);
    });
  });
});
