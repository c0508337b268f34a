import { only, project } from '@homeward/testing/intake';
import { PlanHistory } from '../testing/plan-history';
import { caseDisbursementsProjection } from './case-disbursements.projection';

const money = (plan: PlanHistory) => only(project(caseDisbursementsProjection, plan.events), plan.caseId);

describe('A case’s disbursements', () => {
  it('counts nothing before an allocation is approved', () => {
    const awa = PlanHistory.active('c-awa');
    awa.decideGrant('2027-01-08T09:00:00.000Z');
    expect(money(awa)).toEqual({ caseId: 'c-awa', country: 'SN', totals: [] });
  });

  it('adds up what is approved and what is paid, per currency', () => {
    const awa = PlanHistory.active('c-awa');
    awa.decideGrant('2027-01-08T09:00:00.000Z');
    awa.approveGrant('2027-01-08T10:00:00.000Z');
    awa.disburse('2027-01-20T10:00:00.000Z', 'd-1', 1, 150_000);
    awa.disburse('2027-03-01T10:00:00.000Z', 'd-2', 2, 150_000);
    expect(money(awa).totals).toEqual([{ currency: 'XOF', approvedAmount: 300_000, approvedAllocations: 1, disbursedAmount: 300_000, disbursements: 2 }]);
  });
});
