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

export async function listCases(monitoring: RunningService) {
  const res = await request(monitoring.app.getHttpServer())
    .get('/cases?limit=500')
    .set('Authorization', `Bearer ${await tokenFor({ role: 'me_officer', userId: 'me-1' })}`);
  return res.body as Array<{ caseId: string }>;
}

/** Waits until monitoring lists the case, and returns how many times it is listed. */
export async function waitForCaseInMonitoring(monitoring: RunningService, caseId: string, timeoutMs = 30000): Promise<number> {
  const cases = await eventually(() => listCases(monitoring), (list) => list.some((c) => c.caseId === caseId), timeoutMs);
  return cases.filter((c) => c.caseId === caseId).length;
}
