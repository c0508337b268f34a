import request from 'supertest';
import type { RunningService } from '@homeward/platform';
import { eventually } from '../testing/test-services';
import { tokenFor } from '../testing/test-auth';

export const awa = {
  firstName: 'Awa',
  lastName: 'Diallo',
  dateOfBirth: '1994-03-02',
  sex: 'female',
  nationality: 'SN',
  languages: ['fr', 'wo'],
  hostCountry: 'MA',
  countryOfOrigin: 'SN',
  plannedReturnDate: '2026-12-15',
};

let registered = 0;
/** Awa under a name of her own each time: the same person twice would be refused as a likely duplicate. */
export const anotherReturnee = () => ({ ...awa, firstName: `Awa${String.fromCharCode(97 + (registered % 26))}${++registered}x${process.pid}` });

export async function registerReturnee(intake: RunningService, body: object = anotherReturnee()) {
  return request(intake.app.getHttpServer())
    .post('/returnees')
    .set('Authorization', `Bearer ${await tokenFor()}`)
    .send(body);
}

/** Every case monitoring lists to an M&E officer of the scenario's countries, page after page. */
export async function listCases(monitoring: RunningService): Promise<Array<{ caseId: string } & Record<string, unknown>>> {
  const token = await tokenFor({ role: 'me_officer', userId: 'me-1' });
  const cases = [];
  for (let offset = 0; ; offset += 200) {
    const res = await request(monitoring.app.getHttpServer()).get(`/cases?limit=200&offset=${offset}`).set('Authorization', `Bearer ${token}`);
    if (res.status !== 200) throw new Error(`GET /cases answered ${res.status}: ${JSON.stringify(res.body)}`);
    cases.push(...res.body.items);
    if (offset + 200 >= res.body.total) return cases;
  }
}

/** Waits until monitoring lists the case, and returns how many times it is listed. */
export async function waitForCaseInMonitoring(monitoring: RunningService, caseId: string, timeoutMs = 30000): Promise<number> {
  const cases = await eventually(() => listCases(monitoring), (list) => list.some((c) => c.caseId === caseId), timeoutMs);
  return cases.filter((c) => c.caseId === caseId).length;
}
