import { only, project } from '@homeward/testing/intake';
import { PlanHistory } from '../testing/plan-history';
import { duePlansProjection, type DuePlanDocument } from './due-plans.projection';

const due = (plan: PlanHistory) => project(duePlansProjection, plan.events);
const duePlan = (plan: PlanHistory): DuePlanDocument => only(due(plan), plan.caseId);

describe('Due and overdue plans', () => {
  it('holds a plan from the arrival on: due a month later, late from the day after', () => {
    const awa = PlanHistory.arrived('c-awa', '2026-12-15');
    expect(duePlan(awa)).toMatchObject({ caseId: 'c-awa', country: 'SN', arrivalDate: '2026-12-15', dueOn: '2027-01-15', overdueFrom: '2027-01-16', status: 'due' });
    expect(duePlan(awa)).not.toHaveProperty('derogation');
  });

  it('moves the deadline on a derogation, saying who approved it and which deadline it replaced, not why', () => {
    const awa = PlanHistory.arrived('c-awa', '2026-12-15');
    awa.run('2027-01-10T09:00:00.000Z', 'GrantDerogation', { dueOn: '2027-02-15', reason: 'In hospital' }, { userId: 'sup-sn-1', role: 'supervisor' });
    expect(duePlan(awa)).toMatchObject({ dueOn: '2027-02-15', overdueFrom: '2027-02-16', derogation: { previousDueOn: '2027-01-15', approvedBy: 'sup-sn-1', grantedAt: '2027-01-10T09:00:00.000Z' } });
    expect(JSON.stringify(duePlan(awa))).not.toContain('hospital');
  });

  it('keeps the plan while its first version is drafted and submitted, showing its stage', () => {
    const awa = PlanHistory.arrived('c-awa', '2026-12-15');
    awa.draft('2027-01-05T09:00:00.000Z');
    awa.submit('2027-01-05T11:00:00.000Z');
    expect(duePlan(awa)).toMatchObject({ status: 'submitted', dueOn: '2027-01-15' });
  });

  it('lets the plan go once a version is approved: the clock has stopped, met', () => {
    const awa = PlanHistory.arrived('c-awa', '2026-12-15');
    awa.draft('2027-01-05T09:00:00.000Z');
    awa.submit('2027-01-05T11:00:00.000Z');
    awa.approve('2027-01-20T09:00:00.000Z');
    expect(due(awa).size).toBe(0);
    awa.consent('2027-01-21T09:00:00.000Z', 'k-plan');
    awa.referralConsent('2027-01-21T09:05:00.000Z', 'k-ref', 'prov-tvet');
    awa.activate('2027-01-21T10:00:00.000Z');
    awa.run('2027-02-10T10:00:00.000Z', 'RevisePlan', { reason: 'New centre' });
    expect(due(awa).size).toBe(0);
  });

  it('lets the plan go when the returnee refuses assistance (plan closed) or withdraws it before approval (suspended)', () => {
    const refused = PlanHistory.arrived('c-refused', '2026-12-15');
    refused.run('2026-12-16T09:00:00.000Z', 'NoteConsent', { consentId: 'k-no', purpose: 'assistance', decision: 'refused', decidedOn: '2026-12-16', formVersion: 'v3', language: 'fr', dataCategories: [] }, { userId: 'planning', role: 'system' });
    expect(due(refused).size).toBe(0);

    const withdrawn = PlanHistory.arrived('c-withdrawn', '2026-12-15');
    withdrawn.consent('2026-12-16T09:00:00.000Z', 'k-1');
    withdrawn.draft('2027-01-05T09:00:00.000Z');
    withdrawn.withdrawAssistance('2027-01-06T09:00:00.000Z', 'k-1');
    expect(due(withdrawn).size).toBe(0);
  });
});
