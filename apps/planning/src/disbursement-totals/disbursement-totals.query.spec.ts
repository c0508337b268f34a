import type { Infrastructure, Principal } from '@homeward/platform';
import { onEveryReadModelStore, projectInto } from '../testing/read-side';
import { decidedBeforeProgrammes, PlanHistory } from '../testing/plan-history';
import { DisbursementTotalsHandler, DisbursementTotalsQuery } from './disbursement-totals.query';

const dakar: Principal = { userId: 'sup-sn-1', role: 'supervisor', countries: ['SN'] };
const auditor: Principal = { userId: 'aud-1', role: 'auditor', countries: ['*'] };
const EXAMPLE = 'example-reintegration-programme';
const URBAN = 'urban-livelihoods';

describe('Disbursements per country, programme and currency', () => {
  onEveryReadModelStore((readModels) => {
    const totals = (principal: Principal, filters: { country?: string; programme?: string } = {}, page = { limit: 50, offset: 0 }) =>
      new DisbursementTotalsHandler({ readModels: readModels() } as unknown as Infrastructure).execute(new DisbursementTotalsQuery(principal, filters, page));

    beforeAll(async () => {
      const paid = (plan: PlanHistory, allocationId: string, programme: string, currency: string, amount: number, payments: number[]) => {
        plan.decideGrant('2027-01-08T09:00:00.000Z', allocationId, amount, currency, programme);
        plan.approveGrant('2027-01-08T10:00:00.000Z', allocationId);
        payments.forEach((p, i) => plan.disburse(`2027-0${i + 2}-01T10:00:00.000Z`, `d-${allocationId}-${i + 1}`, i + 1, p, allocationId));
        return plan;
      };
      const plan = (caseId: string, country = 'SN') => PlanHistory.active(caseId, country);
      // One case with money under two programmes: each programme counts it once.
      const both = paid(paid(plan('c-1'), 'a-1', EXAMPLE, 'XOF', 300_000, [150_000, 150_000]), 'a-2', URBAN, 'XOF', 80_000, [40_000]);
      const pending = plan('c-pending');
      pending.decideGrant('2027-01-08T09:00:00.000Z', 'a-1', 300_000, 'XOF', URBAN);
      const histories = [
        both,
        paid(plan('c-2'), 'a-1', EXAMPLE, 'XOF', 200_000, [100_000]),
        paid(plan('c-3'), 'a-1', EXAMPLE, 'EUR', 50_000, []),
        paid(plan('c-4', 'ML'), 'a-1', URBAN, 'XOF', 100_000, [50_000]),
        pending,
      ];
      const beforeProgrammes = decidedBeforeProgrammes(paid(plan('c-5', 'ML'), 'a-1', EXAMPLE, 'XOF', 70_000, [35_000, 35_000]).events);
      await projectInto(readModels(), [...histories.flatMap((h) => h.events), ...beforeProgrammes]);
    });

    it('adds up what the plans of a country approved and paid, per programme and currency; an allocation not approved counts for nothing', async () => {
      expect(await totals(dakar)).toEqual({
        items: [
          { country: 'SN', programme: EXAMPLE, currency: 'EUR', approvedAmount: 50_000, approvedAllocations: 1, disbursedAmount: 0, disbursements: 0, cases: 1 },
          { country: 'SN', programme: EXAMPLE, currency: 'XOF', approvedAmount: 500_000, approvedAllocations: 2, disbursedAmount: 400_000, disbursements: 3, cases: 2 },
          { country: 'SN', programme: URBAN, currency: 'XOF', approvedAmount: 80_000, approvedAllocations: 1, disbursedAmount: 40_000, disbursements: 1, cases: 1 },
        ],
        total: 3,
        limit: 50,
        offset: 0,
      });
    });

    it('gives one programme alone, of the caller’s countries or of the country asked, without the other programmes of the same cases', async () => {
      expect((await totals(dakar, { programme: URBAN })).items).toEqual([
        { country: 'SN', programme: URBAN, currency: 'XOF', approvedAmount: 80_000, approvedAllocations: 1, disbursedAmount: 40_000, disbursements: 1, cases: 1 },
      ]);
      expect((await totals(auditor, { programme: URBAN })).items.map((t) => `${t.country} ${t.programme} ${t.currency} ${t.approvedAmount}`)).toEqual([`ML ${URBAN} XOF 100000`, `SN ${URBAN} XOF 80000`]);
      expect((await totals(auditor, { programme: 'no-such-programme' })).total).toBe(0);
    });

    it('gives every country to a caller of every country, the one asked, and pages', async () => {
      expect((await totals(auditor)).items.map((t) => `${t.country} ${t.programme} ${t.currency}`)).toEqual([`ML ${URBAN} XOF`, 'ML null XOF', `SN ${EXAMPLE} EUR`, `SN ${EXAMPLE} XOF`, `SN ${URBAN} XOF`]);
      const page = await totals(auditor, {}, { limit: 1, offset: 2 });
      expect([page.items.map((t) => `${t.programme} ${t.currency}`), page.total]).toEqual([[`${EXAMPLE} EUR`], 5]);
    });

    it('puts what was decided before allocations named their programme under none, after the programmes, and under no programme asked', async () => {
      expect((await totals(auditor, { country: 'ML' })).items).toEqual([
        { country: 'ML', programme: URBAN, currency: 'XOF', approvedAmount: 100_000, approvedAllocations: 1, disbursedAmount: 50_000, disbursements: 1, cases: 1 },
        { country: 'ML', programme: null, currency: 'XOF', approvedAmount: 70_000, approvedAllocations: 1, disbursedAmount: 70_000, disbursements: 2, cases: 1 },
      ]);
      expect((await totals(auditor, { country: 'ML', programme: EXAMPLE })).items).toEqual([]);
    });
  });
});
