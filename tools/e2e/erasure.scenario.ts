import request from 'supertest';
import type { Principal, RunningService } from '@homeward/platform';
import { tokenFor } from '../testing/test-auth';

const today = () => new Date().toISOString().slice(0, 10);

export const caseManager: Principal = { userId: 'cm-rabat', role: 'case_manager', countries: ['MA'] };
export const supervisor: Principal = { userId: 'sup-rabat', role: 'supervisor', countries: ['MA'] };
export const admin: Principal = { userId: 'admin-1', role: 'admin', countries: ['*'] };

/** A name and a date of birth that nothing else in the run holds, so a search for them finds only her. */
export function distinctiveReturnee() {
  const letters = Array.from({ length: 8 }, () => 'bcdfghjklmnpqrstvwxz'[Math.floor(Math.random() * 20)]).join('');
  const firstName = `Zeynabou${letters}`;
  const day = new Date(Date.UTC(1931 + Math.floor(Math.random() * 30), Math.floor(Math.random() * 12), 1 + Math.floor(Math.random() * 28)));
  return { firstName, lastName: `Erasure${letters}`, dateOfBirth: day.toISOString().slice(0, 10) };
}

/**
 * Registers her as a case manager of Rabat would, and tells intake about her through as many
 * personal parts as a case holds: contact, family, consent with a witness, a counselling step with
 * her name in its notes, a factor, a screening. Returns the case id.
 */
export async function registerAndTell(intake: RunningService, who: ReturnType<typeof distinctiveReturnee>): Promise<string> {
  const token = await tokenFor(caseManager);
  const post = (path: string, body: object = {}) => request(intake.app.getHttpServer()).post(path).set('Authorization', `Bearer ${token}`).send(body);
  const ok = async (res: Promise<request.Response>, what: string) => {
    const answered = await res;
    if (answered.status !== 201) throw new Error(`${what}: ${answered.status} ${JSON.stringify(answered.body)}`);
    return answered.body;
  };
  const registered = await ok(
    post('/returnees', {
      ...who, sex: 'female', nationality: 'SN', languages: ['fr', 'wo'], hostCountry: 'MA', countryOfOrigin: 'SN', plannedReturnDate: today(),
      phone: '+212600112233', familyMembers: [{ relationship: 'child', firstName: `${who.firstName}junior`, lastName: who.lastName, dateOfBirth: '2019-06-01', sex: 'male' }],
    }),
    'register',
  );
  const cases = `/cases/${registered.caseId}`;
  await ok(post(`${cases}/contact-details`, { phone: '+212600998877', address: `chez ${who.firstName}, Rabat` }), 'contact');
  const form = { decidedOn: today(), formVersion: 'IOM-RC-2024-v3', language: 'fr', witness: { role: 'interpreter', name: `${who.lastName} Witness` } };
  await ok(post(`${cases}/consents`, { decision: 'given', purpose: 'assistance', dataCategories: ['case_summary'], ...form }), 'consent');
  const { sessionId } = await ok(post(`${cases}/sessions`, { phase: 'pre_departure', scheduledFor: new Date().toISOString() }), 'schedule');
  await ok(post(`${cases}/sessions/${sessionId}/start`), 'start');
  await ok(post(`${cases}/sessions/${sessionId}/steps/trust`, { notes: `${who.firstName} spoke of her birthday, ${who.dateOfBirth}` }), 'trust');
  await ok(post(`${cases}/individual-factors`, { factor: 'health_and_wellbeing', assessment: 'vulnerability', note: `${who.firstName} needs insulin` }), 'factor');
  await ok(post(`${cases}/vulnerability-screenings`, { area: 'physical_health', urgency: 'urgent', details: `${who.lastName}: no insulin left` }), 'screening');
  return registered.caseId;
}
