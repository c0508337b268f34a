import request from 'supertest';
import { uuidv7, type RecordedEvent } from '@homeward/events';
import type { Principal, RunningService } from '@homeward/platform';
import { tokenFor } from '../testing/test-auth';
import { eventually, startTestService } from '../testing/test-services';
import { planningService } from '../../apps/planning/src/planning.module';
import { PlanHistory } from '../../apps/planning/src/testing/plan-history';

const dakar: Principal = { userId: 'cm-sn-1', role: 'case_manager', countries: ['SN'] };
const dakarSupervisor: Principal = { userId: 'sup-sn-1', role: 'supervisor', countries: ['SN'] };
const auditor: Principal = { userId: 'aud-1', role: 'auditor', countries: ['*'] };
const lagos: Principal = { userId: 'cm-ng-1', role: 'case_manager', countries: ['NG'] };
const provider: Principal = { userId: 'sp-1', role: 'service_provider', countries: ['SN'] };
const analyst: Principal = { userId: 'da-1', role: 'data_analyst', countries: ['*'] };

/** The plan's events appended straight to the service's store, as its write side would: this suite tests reads. */
async function append(service: RunningService, events: RecordedEvent[]): Promise<void> {
  const streams = new Map<string, RecordedEvent[]>();
  for (const e of events) streams.set(e.streamId, [...(streams.get(e.streamId) ?? []), e]);
  for (const [streamId, recorded] of streams) {
    const fresh = recorded.map(({ type, occurredAt, actor, country, data }) => ({ type, occurredAt, actor, country, correlationId: uuidv7(), data }));
    await service.infra.store.appendToStream(streamId, fresh, { expectedVersion: 0 });
  }
}

describe('Embedded mode: planning’s read side over HTTP, and who may read it', () => {
  let planning: RunningService;
  const caseId = uuidv7();
  const get = async (path: string, who: Principal) => request(planning.app.getHttpServer()).get(path).set('Authorization', `Bearer ${await tokenFor(who)}`);

  beforeAll(async () => {
    planning = await startTestService('planning', planningService, { mode: 'embedded' });
    const awa = PlanHistory.active(caseId);
    awa.run('2027-02-10T10:00:00.000Z', 'RevisePlan', { reason: 'New centre', content: undefined });
    awa.decideGrant('2027-02-10T11:00:00.000Z');
    await append(planning, awa.events);
    const ready = await eventually(() => get(`/allocations?awaiting=approval&country=SN`, auditor), (res) => res.status === 200 && res.body.items.some((a: { caseId: string }) => a.caseId === caseId), 15000);
    expect(ready.status).toBe(200);
  });
  afterAll(() => planning?.close());

  it('answers every list and the plan to a case manager and a supervisor of the country, and to an auditor', async () => {
    for (const who of [dakar, dakarSupervisor, auditor]) {
      for (const path of ['/plans?status=revised&country=SN', '/plans/due?overdue=true', '/allocations?awaiting=approval', '/disbursements/totals', `/plans/${caseId}`, `/plans/${caseId}/diff?from=1&to=2`]) {
        expect([path, who.role, (await get(path, who)).status]).toEqual([path, who.role, 200]);
      }
    }
    const listed = await get('/plans?status=revised&country=SN', dakar);
    expect(listed.body.items.find((p: { caseId: string }) => p.caseId === caseId)).toMatchObject({ status: 'revised', version: { number: 2, status: 'draft' } });
    const detail = await get(`/plans/${caseId}`, dakar);
    expect(detail.body.versions.map((v: { number: number; status: string }) => `${v.number} ${v.status}`)).toEqual(['1 active', '2 draft']);
    expect(detail.body.versions[0].content.elements[0].description).toBe('Start-up grant for the tailoring shop');
    const diff = await get(`/plans/${caseId}/diff?from=2&to=1`, dakar);
    expect(diff.body).toEqual({ from: 1, to: 2, added: [], removed: [], changed: [], arrangements: [] });
  });

  it.each([
    ['a service provider', provider],
    ['a data analyst', analyst],
  ])('refuses %s every list and the plan (403)', async (_who, who) => {
    for (const path of ['/plans', '/plans/due', '/allocations', '/disbursements/totals', `/plans/${caseId}`, `/plans/${caseId}/diff?from=1&to=2`]) {
      const res = await get(path, who);
      expect([path, res.status, res.body.code]).toEqual([path, 403, 'ROLE_NOT_ALLOWED']);
    }
  });

  it('refuses a country outside the caller’s scope (403), and answers for a plan there as for an unknown one (404)', async () => {
    for (const path of ['/plans?country=SN', '/plans/due?country=SN', '/allocations?country=SN', '/disbursements/totals?country=SN']) {
      const res = await get(path, lagos);
      expect([path, res.status, res.body.code]).toEqual([path, 403, 'OUT_OF_COUNTRY_SCOPE']);
    }
    const [outOfScope, unknown] = [await get(`/plans/${caseId}`, lagos), await get(`/plans/${uuidv7()}`, lagos)];
    expect([outOfScope.status, outOfScope.body]).toEqual([404, unknown.body]);
    expect(outOfScope.body.code).toBe('PLAN_NOT_FOUND');
    expect((await get(`/plans/${caseId}/diff?from=1&to=2`, lagos)).status).toBe(404);
    expect((await get('/plans', lagos)).body).toMatchObject({ items: [], total: 0 });
  });

  it('refuses bad input naming the field (400), and a version the plan lacks (404)', async () => {
    expect((await get('/plans?status=pending', dakar)).body.errors).toEqual([expect.objectContaining({ field: 'status' })]);
    expect((await get('/plans/due?overdue=yes', dakar)).body.errors).toEqual([expect.objectContaining({ field: 'overdue' })]);
    const noTo = await get(`/plans/${caseId}/diff?from=1`, dakar);
    expect([noTo.status, [...new Set(noTo.body.errors.map((e: { field: string }) => e.field))]]).toEqual([400, ['to']]);
    expect((await get('/plans/not-a-case', dakar)).body.errors).toEqual([expect.objectContaining({ field: 'caseId' })]);
    const missing = await get(`/plans/${caseId}/diff?from=1&to=3`, dakar);
    expect([missing.status, missing.body.code]).toEqual([404, 'PLAN_VERSION_NOT_FOUND']);
  });
});
