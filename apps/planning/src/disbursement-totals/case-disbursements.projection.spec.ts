import { only, project } from '@homeward/testing/intake';
import type { RecordedEvent } from '@homeward/events';
import { decidedBeforeProgrammes, PlanHistory } from '../testing/plan-history';
import { caseDisbursementsProjection } from './case-disbursements.projection';

const money = (events: RecordedEvent[], caseId = 'c-awa') => only(project(caseDisbursementsProjection, events), caseId);
const EXAMPLE = 'example-reintegration-programme';

describe('A case’s disbursements', () => {
  it('counts nothing before an allocation is approved', () => {
    const awa = PlanHistory.active('c-awa');
    awa.decideGrant('2027-01-08T09:00:00.000Z');
    expect(money(awa.events)).toEqual({ caseId: 'c-awa', country: 'SN', allocationProgrammes: { 'a-1': EXAMPLE }, programmes: [], totals: [] });
  });

  it('adds up what is approved and what is paid, per programme and currency', () => {
    const awa = PlanHistory.active('c-awa');
    awa.decideGrant('2027-01-08T09:00:00.000Z');
    awa.approveGrant('2027-01-08T10:00:00.000Z');
    awa.disburse('2027-01-20T10:00:00.000Z', 'd-1', 1, 150_000);
    awa.disburse('2027-03-01T10:00:00.000Z', 'd-2', 2, 150_000);
    expect(money(awa.events)).toMatchObject({
      programmes: [EXAMPLE],
      totals: [{ programme: EXAMPLE, currency: 'XOF', approvedAmount: 300_000, approvedAllocations: 1, disbursedAmount: 300_000, disbursements: 2 }],
    });
  });

  it('counts an allocation under the programme it was last decided under, its payments too', () => {
    const awa = PlanHistory.active('c-awa');
    awa.decideGrant('2027-01-08T09:00:00.000Z');
    awa.decideGrant('2027-01-08T09:30:00.000Z', 'a-1', 300_000, 'XOF', 'urban-livelihoods');
    awa.decideGrant('2027-01-08T09:40:00.000Z', 'a-2', 100_000, 'XOF');
    awa.approveGrant('2027-01-08T10:00:00.000Z', 'a-1');
    awa.approveGrant('2027-01-08T10:00:00.000Z', 'a-2');
    awa.disburse('2027-01-20T10:00:00.000Z', 'd-1', 1, 150_000, 'a-1');
    expect(money(awa.events)).toMatchObject({
      programmes: [EXAMPLE, 'urban-livelihoods'],
      totals: [
        { programme: EXAMPLE, currency: 'XOF', approvedAmount: 100_000, approvedAllocations: 1, disbursedAmount: 0, disbursements: 0 },
        { programme: 'urban-livelihoods', currency: 'XOF', approvedAmount: 300_000, approvedAllocations: 1, disbursedAmount: 150_000, disbursements: 1 },
      ],
    });
  });

  it('counts an allocation decided before allocations named their programme under none, and lists no programme for it', () => {
    const awa = PlanHistory.active('c-awa');
    awa.decideGrant('2027-01-08T09:00:00.000Z');
    awa.approveGrant('2027-01-08T10:00:00.000Z');
    awa.disburse('2027-01-20T10:00:00.000Z', 'd-1', 1, 150_000);
    expect(money(decidedBeforeProgrammes(awa.events))).toMatchObject({
      programmes: [],
      totals: [{ programme: null, currency: 'XOF', approvedAmount: 300_000, approvedAllocations: 1, disbursedAmount: 150_000, disbursements: 1 }],
    });
  });
});
