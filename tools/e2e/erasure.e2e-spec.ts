import request from 'supertest';
import { ERASED } from '@homeward/contracts/intake';
import { caseStreamId, InProcessBroker } from '@homeward/events';
import type { Principal, RunningService } from '@homeward/platform';
import { intakeService } from '../../apps/intake/src/intake.module';
import { monitoringService } from '../../apps/monitoring/src/monitoring.module';
import { tokenFor } from '../testing/test-auth';
import { eventually, startTestService } from '../testing/test-services';
import { admin, caseManager, distinctiveReturnee, registerAndTell, supervisor } from './erasure.scenario';

const auditor: Principal = { userId: 'aud-1', role: 'auditor', countries: ['*'] };
const dakarSupervisor: Principal = { userId: 'sup-dakar', role: 'supervisor', countries: ['SN'] };
const lagosSupervisor: Principal = { userId: 'sup-lagos', role: 'supervisor', countries: ['NG'] };
const meOfficer: Principal = { userId: 'me-1', role: 'me_officer', countries: ['MA'] };

describe('Embedded mode: erasing a returnee', () => {
  let intake: RunningService;
  let monitoring: RunningService;
  const her = distinctiveReturnee();
  let caseId: string;
  const as = async (who: Principal) => `Bearer ${await tokenFor(who)}`;
  const erase = async (who: Principal, body: object = { reason: 'data_subject_request' }, id = caseId) =>
    request(intake.app.getHttpServer()).post(`/cases/${id}/erasure`).set('Authorization', await as(who)).send(body);
  const get = async (who: Principal, path: string, service = intake) => request(service.app.getHttpServer()).get(path).set('Authorization', await as(who));
  const historyLength = async () => (await intake.infra.store.readStream(caseStreamId(caseId))).length;
  const readable = (body: unknown) => {
    const text = JSON.stringify(body);
    return [her.firstName, her.lastName, her.dateOfBirth].filter((s) => text.includes(s));
  };

  beforeAll(async () => {
    const broker = new InProcessBroker();
    monitoring = await startTestService('monitoring', monitoringService, { mode: 'embedded', sharedBroker: broker });
    intake = await startTestService('intake', intakeService, { mode: 'embedded', sharedBroker: broker });
    caseId = await registerAndTell(intake, her);
  }, 60000);
  afterAll(async () => {
    await intake?.close();
    await monitoring?.close();
  });

  it('refuses bad input naming the field, and appends nothing', async () => {
    const before = await historyLength();
    for (const [body, field] of [[{}, 'reason'], [{ reason: 'she asked' }, 'reason'], [{ reason: 'objection', note: 'x' }, 'note']] as const) {
      const res = await erase(supervisor, body);
      expect(res.status).toBe(400);
      expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    }
    expect(await historyLength()).toBe(before);
  });

  it('is for supervisors of the office holding the case and admins: a case manager gets 403, an unknown or out-of-scope case 404', async () => {
    expect((await erase(caseManager)).status).toBe(403);
    expect((await erase(meOfficer)).status).toBe(403);
    expect((await erase(dakarSupervisor)).body.code).toBe('NOT_CASE_OFFICE');
    expect((await erase(lagosSupervisor)).status).toBe(404);
    expect((await erase(supervisor, undefined, '018f3c2e-0000-7000-8000-000000000000')).status).toBe(404);
    expect(readable((await get(supervisor, `/cases/${caseId}`)).body)).toEqual([her.firstName, her.lastName, her.dateOfBirth]);
  });

  it('erases her: the file, the caseload, the history answer "erased"; the search finds nothing; a second request is 409', async () => {
    const res = await erase(supervisor);
    expect(res.status).toBe(201);
    expect(res.body.events).toEqual(['intake.ReturneeErased']);

    const file = await eventually(() => get(supervisor, `/cases/${caseId}`), (r) => r.body.erasure !== undefined);
    expect(file.body.returnee).toMatchObject({ firstName: ERASED, lastName: ERASED, dateOfBirth: ERASED, contact: {}, familyMembers: [] });
    expect(file.body.erasure).toMatchObject({ erasedBy: 'sup-rabat', reason: 'data_subject_request' });
    expect(readable(file.body)).toEqual([]);
    const caseload = await get(supervisor, '/caseload?caseManagerId=cm-rabat');
    expect(caseload.body.items.find((i: { caseId: string }) => i.caseId === caseId)).toMatchObject({ returneeName: ERASED });
    expect(readable(caseload.body)).toEqual([]);
    const history = await get(auditor, `/cases/${caseId}/history`);
    expect(history.body[0]).toMatchObject({ type: 'intake.ReturneeRegistered', data: { personal: ERASED } });
    expect(readable(history.body)).toEqual([]);
    expect((await get(supervisor, `/returnees?name=${her.lastName}`)).body).toEqual([]);
    expect((await get(supervisor, `/returnees?dateOfBirth=${her.dateOfBirth}`)).body).toEqual([]);

    const again = await erase(admin);
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('ALREADY_ERASED');
    const after = await request(intake.app.getHttpServer()).post(`/cases/${caseId}/contact-details`).set('Authorization', await as(caseManager)).send({ phone: '+212600000001' });
    expect(after.body.code).toBe('RETURNEE_ERASED');
  });

  it('monitoring lists the case as erased', async () => {
    const list = await eventually(() => get(meOfficer, '/cases', monitoring), (r) => r.body.items?.some((c: { caseId: string; erasedAt?: string }) => c.caseId === caseId && c.erasedAt));
    expect(list.body.items.find((c: { caseId: string }) => c.caseId === caseId).erasedAt).toEqual(expect.any(String));
  });

  it('a rebuild of every intake read model, from a history whose keys are gone, answers the same', async () => {
    const before = (await get(supervisor, `/cases/${caseId}`)).body;
    for (const projection of intakeService.projections) await intake.infra.projections.rebuild(projection);
    const after = await eventually(() => get(supervisor, `/cases/${caseId}`), (r) => r.status === 200);
    expect(after.body).toEqual(before);
    expect(readable(after.body)).toEqual([]);
    expect((await get(supervisor, `/returnees?name=${her.firstName}`)).body).toEqual([]);
  });
});
