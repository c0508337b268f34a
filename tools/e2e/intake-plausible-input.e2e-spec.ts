import { InProcessBroker, ManualClock } from '@homeward/events';
import type { Principal, RunningService } from '@homeward/platform';
import { intakeService } from '../../apps/intake/src/intake.module';
import { startTestService } from '../testing/test-services';
import { aReturnee, day, forms, IntakeClient, startIntake } from './intake-writes.scenario';

const MOROCCO: Partial<Principal> = { userId: 'cm-awa', role: 'case_manager', countries: ['MA'] };
const SENEGAL: Partial<Principal> = { userId: 'cm-dakar', role: 'case_manager', countries: ['SN'] };

type Answer = { status: number; body: { code?: string; errors?: Array<{ field: string }>; message?: string; existingCaseIds?: string[]; events?: string[] } };

/** Issue 8, L5–L9 and M4 over HTTP: what intake takes as plausible, and what it refuses naming the field. */
describe('Intake takes only plausible input', () => {
  let intake: RunningService;
  let client: IntakeClient;

  beforeAll(async () => {
    intake = await startIntake();
    client = new IntakeClient(intake);
  });
  afterAll(() => intake?.close());

  async function expect400(send: () => Promise<Answer>, field: string): Promise<Answer> {
    const before = await client.head();
    const res = await send();
    expect({ status: res.status, fields: res.body.errors?.map((e) => e.field) }).toEqual({ status: 400, fields: expect.arrayContaining([field]) });
    expect(res.body.message).toContain(field);
    expect(await client.head()).toBe(before);
    return res;
  }

  describe('registration (L5)', () => {
    it.each([
      ['a blank first name', { firstName: '   ' }, 'firstName'],
      ['a name of punctuation only', { lastName: '-' }, 'lastName'],
      ['BEL in a name', { firstName: 'Awa\u0007' }, 'firstName'],
      ['ESC in a name', { lastName: 'Diallo\u001b[31m' }, 'lastName'],
      ['a right-to-left override in a name', { lastName: '\u202Eollaid' }, 'lastName'],
      ['a country in no ISO 3166 list', { nationality: 'ZZ' }, 'nationality'],
      ['a host country in no ISO 3166 list', { hostCountry: 'ZZ' }, 'hostCountry'],
      ['a language in no ISO 639 list', { languages: ['fr', 'zz'] }, 'languages'],
      ['no language', { languages: [] }, 'languages'],
      ['host country and country of origin the same', { hostCountry: 'SN', countryOfOrigin: 'SN' }, 'countryOfOrigin'],
      ['a planned return in 9999', { plannedReturnDate: '9999-12-31' }, 'plannedReturnDate'],
      ['a date of birth before 1900', { dateOfBirth: '1850-01-01' }, 'dateOfBirth'],
    ])('refuses %s, naming the field', async (_label, change, field) => {
      await expect400(() => client.post('/returnees', { ...aReturnee(), ...change }, { countries: ['SN', 'MA'] }), field);
    });

    it('takes a three-letter ISO 639-3 language, a name in Arabic script and one with an apostrophe', async () => {
      const res = await client.post('/returnees', { ...aReturnee(), firstName: 'محمد', lastName: `N'Diaye ${Date.now()}`, languages: ['fuc', 'ar'] });
      expect(res.status).toBe(201);
    });
  });

  describe('values on a case (L5)', () => {
    it('refuses a session in 9999 and 9,000 days of detention after 12 months abroad, naming the field', async () => {
      const caseId = await client.openCase();
      await expect400(() => client.post(`/cases/${caseId}/sessions`, { phase: 'pre_departure', scheduledFor: '9999-01-01T10:00:00Z' }), 'scheduledFor');
      await expect400(() => client.post(`/cases/${caseId}/return-circumstances`, { ...forms.returnCircumstances(), timeAbroadMonths: 12, detentionDays: 9000 }), 'detentionDays');
    });
  });

  describe('family (L6)', () => {
    it('refuses a "parent" younger than the returnee, at registration and when added', async () => {
      const youngParent = { ...forms.familyMember(), relationship: 'parent', dateOfBirth: '2000-01-01' };
      const res = await expect400(() => client.post('/returnees', { ...aReturnee(), familyMembers: [youngParent] }), 'familyMembers.0.dateOfBirth');
      expect(res.body.code).toBe('IMPLAUSIBLE_RELATIONSHIP');
      const caseId = await client.openCase();
      await expect400(() => client.post(`/cases/${caseId}/family-members`, youngParent), 'dateOfBirth');
    });

    it('caps the family at 20 whether registered together or added one by one', async () => {
      const member = (i: number) => ({ ...forms.familyMember(), firstName: `Khady ${String.fromCharCode(97 + i)}` });
      await expect400(() => client.post('/returnees', { ...aReturnee(), familyMembers: Array.from({ length: 21 }, (_, i) => member(i)) }), 'familyMembers');
      const caseId = await client.openCase(undefined, { ...aReturnee(), familyMembers: Array.from({ length: 19 }, (_, i) => member(i)) });
      await client.expect201(`/cases/${caseId}/family-members`, member(19));
      const before = await client.head();
      const res = await client.post(`/cases/${caseId}/family-members`, member(20));
      expect(res.status).toBe(409);
      expect(res.body.code).toBe('TOO_MANY_FAMILY_MEMBERS');
      expect(await client.head()).toBe(before);
    });
  });

  describe('likely duplicates (L7)', () => {
    const fatou = (lastName: string) => ({ ...aReturnee(), firstName: `Fatou ${Date.now()}`, lastName });

    it("refuses N'Diaye as a likely duplicate of Ndiaye", async () => {
      const first = fatou('Ndiaye');
      const caseId = await client.openCase(undefined, first);
      const res = await client.post('/returnees', { ...first, lastName: "N'Diaye" });
      expect(res.status).toBe(409);
      expect(res.body).toMatchObject({ code: 'LIKELY_DUPLICATE', existingCaseIds: [caseId] });
    });

    it('refuses a correction that makes the record read like another one, unless an override says why', async () => {
      const ndiaye = fatou('Ndiaye');
      const existing = await client.openCase(undefined, ndiaye);
      const other = await client.openCase(undefined, { ...ndiaye, lastName: 'Sow' });
      const correction = { lastName: "N'Diaye", reason: 'Spelt as on her passport' };
      const before = await client.head();
      const refused = await client.post(`/cases/${other}/identity-corrections`, correction);
      expect(refused.status).toBe(409);
      expect(refused.body).toMatchObject({ code: 'LIKELY_DUPLICATE', existingCaseIds: [existing] });
      expect(await client.head()).toBe(before);
      const overridden = await client.post(`/cases/${other}/identity-corrections`, { ...correction, duplicateOverride: { reason: 'Two women: other father names, checked today' } });
      expect(overridden.status).toBe(201);
      expect((await client.history(other)).at(-1)!.data).toMatchObject({ duplicateOverride: { duplicates: 1 } });
    });

    it('a correction of the record itself alone is no duplicate', async () => {
      const caseId = await client.openCase(undefined, fatou('Ndiaye'));
      expect((await client.post(`/cases/${caseId}/identity-corrections`, { lastName: "N'Diaye", reason: 'Spelt as on her passport' })).status).toBe(201);
    });
  });

  describe('the first session (L8)', () => {
    it('refuses to close a first session with only its closing step, naming the missing steps', async () => {
      const caseId = await client.openCase();
      const sessionId = await client.startedSession(caseId);
      const before = await client.head();
      const res = await client.post(`/cases/${caseId}/sessions/${sessionId}/steps/closing`, forms.closing());
      expect(res.status).toBe(409);
      expect(res.body).toMatchObject({ code: 'FIRST_SESSION_INCOMPLETE', missingSteps: ['preparation', 'trust', 'process_and_consent', 'vulnerabilities', 'plan_design'] });
      expect(await client.head()).toBe(before);
      expect((await client.post(`/cases/${caseId}/sessions/${sessionId}/continue-later`, forms.continueLater())).status).toBe(201);
    });
  });

  describe('a married minor (L9)', () => {
    it('flags a 14-year-old whose only adult in the case is a spouse as a child at risk, with an urgent need', async () => {
      const fourteen = `${Number(day().slice(0, 4)) - 14}-01-01`;
      const spouse = { ...forms.familyMember(), relationship: 'spouse', firstName: 'Ibrahima', dateOfBirth: '1990-01-01', sex: 'male' };
      const res = await client.post('/returnees', { ...aReturnee(), dateOfBirth: fourteen, familyMembers: [spouse] });
      expect(res.status).toBe(201);
      expect(res.body.events).toEqual(['intake.ReturneeRegistered', 'intake.CaseOpened', 'intake.VulnerabilityScreened', 'intake.UrgentNeedIdentified']);
      const screened = (await client.history(res.body.caseId)).find((e) => e.type === 'intake.VulnerabilityScreened')!;
      expect(screened.data).toMatchObject({ urgency: 'urgent' });
    });
  });

  describe('someone first met on arrival (M4)', () => {
    it('lets the origin office record that they arrived yesterday, registered today', async () => {
      const caseId = await client.openCase(SENEGAL);
      const res = await client.post(`/cases/${caseId}/arrival`, { arrivalDate: day(-1) }, SENEGAL);
      expect(res.status).toBe(201);
      expect((await client.history(caseId)).at(-1)!.data).toMatchObject({ arrivalDate: day(-1) });
    });

    it('still refuses an arrival before registration by the host office, and one in the future', async () => {
      const caseId = await client.openCase(MOROCCO);
      await expect400(() => client.post(`/cases/${caseId}/arrival`, { arrivalDate: day(-1) }, MOROCCO), 'arrivalDate');
      const metOnArrival = await client.openCase(SENEGAL);
      await expect400(() => client.post(`/cases/${metOnArrival}/arrival`, { arrivalDate: day(1) }, SENEGAL), 'arrivalDate');
    });
  });
});

/** L17: "today" is the office's day. At 23:30 UTC on 1 December it is already 2 December in Rabat (UTC+1). */
describe("Intake judges 'in the future' by the office's day, in its time zone", () => {
  const LATE_EVENING_UTC = '2026-12-01T23:30:00.000Z';
  const services: RunningService[] = [];
  const intakeAt = async (officeTimeZones?: Record<string, string>) => {
    const intake = await startTestService('intake', intakeService, { mode: 'embedded', sharedBroker: new InProcessBroker(), clock: new ManualClock(LATE_EVENING_UTC), officeTimeZones });
    services.push(intake);
    return new IntakeClient(intake);
  };
  afterAll(() => Promise.all(services.map((s) => s.close())));
  const returnee = () => ({ ...aReturnee(), plannedReturnDate: '2026-12-20' });

  it('by default from the tz database: an arrival dated 2 December is today in Rabat, and the case opened on 2 December', async () => {
    const client = await intakeAt({});
    const caseId = await client.openCase({ countries: ['MA'] }, returnee());
    const opened = (await client.history(caseId)).find((e) => e.type === 'intake.CaseOpened')!;
    expect(opened.data).toMatchObject({ openedAt: LATE_EVENING_UTC, openedOn: '2026-12-02' });
    const res = await client.post(`/cases/${caseId}/arrival`, { arrivalDate: '2026-12-02' }, { countries: ['MA'] });
    expect(res.status).toBe(201);
  });

  it('as HOMEWARD_OFFICE_TIME_ZONES sets it: with Rabat counted in UTC, 2 December is still in the future', async () => {
    const client = await intakeAt({ MA: 'UTC' });
    const caseId = await client.openCase({ countries: ['MA'] }, returnee());
    const res = await client.post(`/cases/${caseId}/arrival`, { arrivalDate: '2026-12-02' }, { countries: ['MA'] });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ code: 'FACT_IN_FUTURE', errors: [{ field: 'arrivalDate' }] });
  });
});
