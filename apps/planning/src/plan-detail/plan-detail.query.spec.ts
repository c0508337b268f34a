import type { Infrastructure, Principal } from '@homeward/platform';
import { onEveryReadModelStore, projectInto } from '../testing/read-side';
import { PlanHistory, planContent } from '../testing/plan-history';
import { DiffPlanVersionsHandler, DiffPlanVersionsQuery } from './diff-plan-versions.query';
import { GetPlanHandler, GetPlanQuery } from './get-plan.query';

const dakar: Principal = { userId: 'cm-sn-1', role: 'case_manager', countries: ['SN'] };
const bamako: Principal = { userId: 'cm-ml-1', role: 'case_manager', countries: ['ML'] };

describe('A plan and the diff between two of its versions', () => {
  onEveryReadModelStore((readModels) => {
    const infra = () => ({ readModels: readModels() }) as unknown as Infrastructure;
    const plan = (principal: Principal, caseId = 'c-awa') => new GetPlanHandler(infra()).execute(new GetPlanQuery(principal, caseId));
    const diff = (from: number, to: number, principal = dakar) => new DiffPlanVersionsHandler(infra()).execute(new DiffPlanVersionsQuery(principal, 'c-awa', from, to));

    beforeAll(async () => {
      const awa = PlanHistory.active('c-awa');
      awa.decideGrant('2027-01-08T09:00:00.000Z');
      awa.approveGrant('2027-01-08T10:00:00.000Z');
      awa.disburse('2027-01-20T10:00:00.000Z', 'd-1', 1, 150_000);
      const [grant, training] = planContent().elements;
      const revised = planContent({
        elements: [grant, { ...training, provider: { providerId: 'prov-tvet-2' } }, { elementId: 'e-docs', type: 'legal_documentation', description: 'A new identity card', responsibility: 'case_manager', status: 'planned' }],
        exitStrategy: 'Closed after a year of trading',
      });
      awa.run('2027-02-10T10:00:00.000Z', 'RevisePlan', { reason: 'New centre', content: revised });
      const early = new PlanHistory('c-early');
      early.run('2026-11-03T12:00:00.000Z', 'NotePreDeparturePlan', { sessionId: 's-pre', designedAt: '2026-11-03T11:00:00.000Z' }, { userId: 'planning', role: 'system' });
      await projectInto(readModels(), [...awa.events, ...early.events]);
    });

    it('gives every version with its content and stage, and the allocations with what was paid on them', async () => {
      const awa = await plan(dakar);
      expect(awa).toMatchObject({ caseId: 'c-awa', country: 'SN', status: 'revised', dueOn: '2027-01-15', finalisedOn: '2027-01-06' });
      expect(awa.versions.map((v) => [v.number, v.status, v.content.elements.length])).toEqual([
        [1, 'active', 3],
        [2, 'draft', 3],
      ]);
      expect(awa.versions[1]).toMatchObject({ fromVersion: 1, changedOn: '2027-02-10', content: { exitStrategy: 'Closed after a year of trading' } });
      expect(awa.allocations).toEqual([expect.objectContaining({ allocationId: 'a-1', status: 'approved', amount: 300_000, paid: { 1: 150_000 }, totalDisbursed: 150_000 })]);
      expect(awa).not.toHaveProperty('returneeId');
      expect(awa).not.toHaveProperty('facts');
    });

    it('reads what the later version changes, field by field, whichever is named first', async () => {
      const changes = await diff(2, 1);
      expect(changes).toEqual({
        from: 1,
        to: 2,
        added: [expect.objectContaining({ elementId: 'e-docs', type: 'legal_documentation' })],
        removed: [expect.objectContaining({ elementId: 'e-counselling' })],
        changed: [{ elementId: 'e-training', changes: [{ field: 'provider', from: { providerId: 'prov-tvet' }, to: { providerId: 'prov-tvet-2' } }] }],
        arrangements: [{ field: 'exitStrategy', from: 'Closed once the shop has run six months on its own', to: 'Closed after a year of trading' }],
      });
    });

    it('answers a version the plan lacks with its code', async () => {
      await expect(diff(1, 3)).rejects.toMatchObject({ code: 'PLAN_VERSION_NOT_FOUND' });
    });

    it('answers a plan outside the caller’s countries, a case whose returnee has not arrived and an unknown case alike: not found', async () => {
      for (const [who, caseId] of [[bamako, 'c-awa'], [dakar, 'c-early'], [dakar, 'c-nobody']] as const) {
        await expect(plan(who, caseId)).rejects.toMatchObject({ code: 'PLAN_NOT_FOUND' });
      }
      await expect(diff(1, 2, bamako)).rejects.toMatchObject({ code: 'PLAN_NOT_FOUND' });
    });
  });
});
