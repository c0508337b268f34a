import { only, project } from '@homeward/testing/intake';
import { PlanHistory } from '../testing/plan-history';
import { planListProjection, type PlanListDocument } from './plan-list.projection';

const listed = (plan: PlanHistory): PlanListDocument => only(project(planListProjection, plan.events), plan.caseId);

describe('Plans by status and country', () => {
  it('lists a plan once the arrival starts its clock: due a month later, in the country of return, no version yet', () => {
    const awa = PlanHistory.arrived('c-awa', '2026-12-15');
    expect(listed(awa)).toEqual({
      caseId: 'c-awa',
      country: 'SN',
      arrivalDate: '2026-12-15',
      dueOn: '2027-01-15',
      status: 'due',
      lastChangedAt: '2026-12-15T18:00:00.000Z',
      basis: { versions: [] },
    });
  });

  it('lists nothing for what planning learns before the arrival', () => {
    const awa = new PlanHistory('c-early');
    awa.run('2026-11-03T12:00:00.000Z', 'NotePreDeparturePlan', { sessionId: 's-pre', designedAt: '2026-11-03T11:00:00.000Z' }, { userId: 'planning', role: 'system' });
    expect(project(planListProjection, awa.events).size).toBe(0);
  });

  it('follows the latest version through drafting, submission and approval, with the day of each change', () => {
    const awa = PlanHistory.arrived('c-awa', '2026-12-15');
    awa.draft('2027-01-05T09:00:00.000Z');
    expect(listed(awa)).toMatchObject({ status: 'draft', version: { number: 1, status: 'draft' }, lastChangedAt: '2027-01-05T09:00:00.000Z' });
    awa.submit('2027-01-05T11:00:00.000Z');
    expect(listed(awa)).toMatchObject({ status: 'submitted', version: { number: 1, status: 'submitted' } });
    awa.approve('2027-01-06T09:00:00.000Z');
    expect(listed(awa)).toMatchObject({ status: 'approved', version: { number: 1, status: 'approved' }, finalisedOn: '2027-01-06', lastChangedAt: '2027-01-06T09:00:00.000Z' });
  });

  it('shows a plan in force as revised while its next version is drafted, and the new version as current', () => {
    const awa = PlanHistory.active('c-awa');
    expect(listed(awa)).toMatchObject({ status: 'active', version: { number: 1, status: 'active' } });
    awa.run('2027-02-10T10:00:00.000Z', 'RevisePlan', { reason: 'New centre' });
    expect(listed(awa)).toMatchObject({ status: 'revised', version: { number: 2, status: 'draft' }, basis: { versions: [{ number: 1, status: 'active' }, { number: 2, status: 'draft' }] } });
  });

  it('flags a plan suspended when the returnee withdraws her consent to assistance', () => {
    const awa = PlanHistory.active('c-awa');
    awa.withdrawAssistance('2027-02-12T09:00:00.000Z', 'k-plan');
    expect(listed(awa)).toMatchObject({ status: 'suspended', flag: 'assistance_consent_withdrawn', lastChangedAt: '2027-02-12T09:00:00.000Z' });
  });

  it('is not moved by allocations or payments', () => {
    const awa = PlanHistory.active('c-awa');
    const before = listed(awa);
    awa.decideGrant('2027-01-08T09:00:00.000Z');
    awa.approveGrant('2027-01-08T10:00:00.000Z');
    awa.disburse('2027-01-20T10:00:00.000Z', 'd-1', 1, 150_000);
    expect(listed(awa)).toEqual(before);
  });

  it('keeps no words of the plan', () => {
    expect(JSON.stringify(listed(PlanHistory.active('c-awa')))).not.toMatch(/tailoring|Pattern|counselling|six months/);
  });
});
