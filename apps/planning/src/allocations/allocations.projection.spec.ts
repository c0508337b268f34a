import { only, project } from '@homeward/testing/intake';
import { PlanHistory } from '../testing/plan-history';
import { allocationsProjection } from './allocations.projection';

const allocation = (plan: PlanHistory, allocationId = 'a-1') => only(project(allocationsProjection, plan.events), `${plan.caseId}:${allocationId}`);

describe('Allocations awaiting approval', () => {
  it('lists a decided allocation as awaiting approval: element, programme, modality, amount, currency, instalments, when decided', () => {
    const awa = PlanHistory.arrived('c-awa', '2026-12-15');
    awa.draft('2027-01-05T09:00:00.000Z');
    awa.decideGrant('2027-01-05T10:00:00.000Z');
    expect(allocation(awa)).toEqual({
      caseId: 'c-awa',
      allocationId: 'a-1',
      elementId: 'e-grant',
      programme: 'example-reintegration-programme',
      country: 'SN',
      modality: 'mixed',
      amount: 300_000,
      currency: 'XOF',
      instalments: [
        { number: 1, dueOn: '2027-01-20', amount: 150_000, modality: 'cash' },
        { number: 2, dueOn: '2027-03-01', amount: 150_000, modality: 'in_kind' },
      ],
      decidedAt: '2027-01-05T10:00:00.000Z',
      status: 'awaiting_approval',
      totalDisbursed: 0,
    });
    expect(JSON.stringify(allocation(awa))).not.toMatch(/six-month|partner-wave/);
  });

  it('shows a decision taken again as it now is', () => {
    const awa = PlanHistory.arrived('c-awa', '2026-12-15');
    awa.draft('2027-01-05T09:00:00.000Z');
    awa.decideGrant('2027-01-05T10:00:00.000Z');
    awa.decideGrant('2027-01-05T11:00:00.000Z', 'a-1', 200_000, 'XOF', 'urban-livelihoods');
    expect(allocation(awa)).toMatchObject({ amount: 200_000, programme: 'urban-livelihoods', decidedAt: '2027-01-05T11:00:00.000Z', status: 'awaiting_approval' });
  });

  it('says who approved it and when, then what was paid in total', () => {
    const awa = PlanHistory.active('c-awa');
    awa.decideGrant('2027-01-08T09:00:00.000Z');
    awa.approveGrant('2027-01-08T10:00:00.000Z');
    expect(allocation(awa)).toMatchObject({ status: 'approved', approvedBy: 'sup-sn-1', approvedAt: '2027-01-08T10:00:00.000Z', totalDisbursed: 0 });
    awa.disburse('2027-01-20T10:00:00.000Z', 'd-1', 1, 150_000);
    awa.disburse('2027-03-01T10:00:00.000Z', 'd-2', 2, 100_000);
    expect(allocation(awa).totalDisbursed).toBe(250_000);
  });

  it('keeps two plans’ allocations of the same id apart', () => {
    const [awa, ibou] = [PlanHistory.arrived('c-awa', '2026-12-15'), PlanHistory.arrived('c-ibou', '2026-12-15', 'ML')];
    for (const plan of [awa, ibou]) {
      plan.draft('2027-01-05T09:00:00.000Z');
      plan.decideGrant('2027-01-05T10:00:00.000Z');
    }
    expect(project(allocationsProjection, [...awa.events, ...ibou.events]).size).toBe(2);
    expect(allocation(ibou).country).toBe('ML');
  });
});
