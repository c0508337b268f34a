import fc from 'fast-check';
import request from 'supertest';
import { InProcessBroker } from '@homeward/events';
import { yearsAfter } from '@homeward/domain';
import { MAX_FAMILY_MEMBERS, SEXES } from '@homeward/contracts/intake';
import { COUNTRY_CODES, LANGUAGE_CODES, type RunningService } from '@homeward/platform';
import { intakeService } from '../../apps/intake/src/intake.module';
import { startTestService } from '../testing/test-services';
import { tokenFor } from '../testing/test-auth';
import { fuzzSurelyBad, fuzzWrites } from './fuzz-writes';
import { hostileUnit, surelyBadBodies, withHostileText } from './hostile-input';
import { day, forms } from './intake-writes.scenario';
import { awa } from './registration-slice.scenario';

/**
 * Random payloads, from noise to near-misses of a valid registration (hostile characters in its
 * strings among them): never a 500, and whatever is refused appends nothing. Input surely bad
 * (deep nesting, wrong encodings, bytes not UTF-8, a character no field holds) is a 400 or 415
 * naming the field.
 */
describe('POST /returnees under random payloads', () => {
  let intake: RunningService;
  let token: string;

  beforeAll(async () => {
    intake = await startTestService('intake', intakeService, { mode: 'embedded', sharedBroker: new InProcessBroker() });
    token = await tokenFor();
  });
  afterAll(() => intake?.close());

  // The optional fields too, where null and odd values hide.
  const fields = [...Object.keys(awa), 'gender', 'interpreterNeeded', 'phone', 'email', 'address', 'familyMembers', 'duplicateOverride'];
  const nearMiss = fc
    .record({ field: fc.constantFrom(...fields), value: fc.oneof(fc.constant(null), fc.anything(), fc.anything({ stringUnit: hostileUnit })) })
    .map(({ field, value }) => ({ ...awa, lastName: `Diallo${Math.random()}`, [field]: value }));
  /** Every text field filled in, so that each can be given a hostile character. */
  const fullForm = () => ({
    ...awa,
    lastName: `Diallo${Math.random()}`,
    gender: 'woman',
    phone: '+221 77 000 00 00',
    email: 'awa@example.org',
    address: 'Quartier Médina\nDakar',
    familyMembers: [forms.familyMember()],
    duplicateOverride: { reason: 'Checked the passport today' },
  });
  const hostile = fc.constant(null).chain(() => withHostileText(fullForm()));
  const payload = fc.oneof(
    fc.anything(),
    fc.anything({ stringUnit: hostileUnit }),
    fc.object(),
    nearMiss,
    hostile,
    fc.dictionary(fc.constantFrom(...fields, 'extra', '__proto__', 'constructor'), fc.jsonValue({ stringUnit: hostileUnit })),
  );

  it('answers 201 or 4xx, never 5xx, and a refusal appends nothing', async () => {
    await fuzzWrites(intake, {
      token,
      attempts: payload.map((body) => ({ path: '/returnees', body })),
      numRuns: 300,
      // The one success is a registration; a 422 would be the event's schema refusing what the DTO let through.
      alsoExpect: (res) => {
        expect(res.status).not.toBe(422);
        if (res.status < 400) expect(res.status).toBe(201);
      },
    });
  });

  it('refuses what is surely bad with a 4xx naming the field, appending nothing', async () => {
    await fuzzSurelyBad(intake, { token, path: '/returnees', attempts: fc.constant(null).chain(() => surelyBadBodies(fullForm())), numRuns: 150 });
  });

  /*
   * What intake takes as plausible, generated from its rules rather than from one example:
   * names in any script with apostrophes and hyphens, any ISO 3166 country pair that differs,
   * one to ten ISO 639 languages, a birth since 1900, a return planned within the window, and
   * family members whose ages fit their relationship. Every such form is registered.
   */
  let unique = 0;
  /** A letter-only tag per form, so no two generated people are likely duplicates of each other. */
  const tag = () => (++unique).toString(26).replace(/[0-9]/g, (d) => 'klmnopqrst'[Number(d)]);
  const name = fc.constantFrom('Awa', "N'Diaye", 'El-Hadj', 'Marième', 'محمد', 'Ngũgĩ', 'de Souza', 'O’Brien', 'Fatou Binetou');
  const today = day();
  const dayBetween = (from: string, to: string) =>
    fc.integer({ min: Date.parse(from), max: Date.parse(to) }).map((ms) => new Date(ms).toISOString().slice(0, 10));
  const countries = fc.uniqueArray(fc.constantFrom(...COUNTRY_CODES), { minLength: 2, maxLength: 2 });
  const plausibleMember = (returneeBorn: string) =>
    fc.oneof(
      fc.record({ relationship: fc.constantFrom('spouse', 'sibling', 'other_relative'), dateOfBirth: dayBetween('1900-01-01', today) }),
      fc.record({ relationship: fc.constant('legal_guardian'), dateOfBirth: dayBetween('1900-01-01', yearsAfter(today, -19)) }),
      ...(returneeBorn >= '1913-01-01' ? [fc.record({ relationship: fc.constant('parent'), dateOfBirth: dayBetween('1900-01-01', yearsAfter(returneeBorn, -13)) })] : []),
      ...(yearsAfter(returneeBorn, 13) <= today ? [fc.record({ relationship: fc.constant('child'), dateOfBirth: dayBetween(yearsAfter(returneeBorn, 13), today) })] : []),
    );
  const plausible = fc
    .record({
      firstName: name,
      lastName: name,
      dateOfBirth: dayBetween('1900-01-01', today),
      sex: fc.constantFrom(...SEXES),
      nationality: fc.constantFrom(...COUNTRY_CODES),
      languages: fc.uniqueArray(fc.constantFrom(...LANGUAGE_CODES), { minLength: 1, maxLength: 10 }),
      countries,
      plannedReturnDate: dayBetween(yearsAfter(today, -5), yearsAfter(today, 2)),
    })
    .chain(({ countries: [hostCountry, countryOfOrigin], ...form }) =>
      fc.array(plausibleMember(form.dateOfBirth), { maxLength: 4 }).map((members) => ({
        ...form,
        hostCountry,
        countryOfOrigin,
        familyMembers: members.map((m, i) => ({ ...m, firstName: `Khady ${'abcd'[i]}`, lastName: 'Diallo', sex: 'female' })),
      })),
    )
    .map((form) => ({ ...form, lastName: `${form.lastName} ${tag()}` }));

  it('registers every plausible form (201)', async () => {
    const everywhere = await tokenFor({ countries: ['*'] });
    await fc.assert(
      fc.asyncProperty(plausible, async (form) => {
        const res = await request(intake.app.getHttpServer()).post('/returnees').set('Authorization', `Bearer ${everywhere}`).send(form);
        expect({ status: res.status, body: res.status === 201 ? undefined : res.body }).toEqual({ status: 201, body: undefined });
      }),
      { numRuns: 100 },
    );
  });

  /** A plausible form with one thing no one can be, and the field the 400 must name. */
  const implausible = fc.oneof(
    plausible.chain((form) => fc.stringMatching(/^[A-Z]{2}$/).filter((c) => !COUNTRY_CODES.includes(c)).map((c) => ({ form: { ...form, nationality: c }, field: 'nationality' }))),
    plausible.chain((form) => fc.stringMatching(/^[a-z]{2,3}$/).filter((c) => !LANGUAGE_CODES.includes(c)).map((c) => ({ form: { ...form, languages: [c] }, field: 'languages' }))),
    plausible.map((form) => ({ form: { ...form, languages: [] }, field: 'languages' })),
    plausible.map((form) => ({ form: { ...form, countryOfOrigin: form.hostCountry }, field: 'countryOfOrigin' })),
    plausible.chain((form) => dayBetween(yearsAfter(today, 3), '9999-12-31').map((d) => ({ form: { ...form, plannedReturnDate: d }, field: 'plannedReturnDate' }))),
    plausible.chain((form) => dayBetween('1000-01-01', '1899-12-31').map((d) => ({ form: { ...form, dateOfBirth: d, familyMembers: [] }, field: 'dateOfBirth' }))),
    plausible.chain((form) =>
      dayBetween(yearsAfter(form.dateOfBirth, -11), today).map((d) => ({
        form: { ...form, familyMembers: [{ relationship: 'parent', firstName: 'Mère', lastName: 'Diallo', dateOfBirth: d, sex: 'female' }] },
        field: 'familyMembers.0.dateOfBirth',
      })),
    ),
    plausible.map((form) => ({
      form: { ...form, familyMembers: Array.from({ length: MAX_FAMILY_MEMBERS + 1 }, (_, i) => ({ ...forms.familyMember(), firstName: `Khady ${i}` })) },
      field: 'familyMembers',
    })),
  );

  it('refuses every form with one implausible value, with a 400 naming its field, appending nothing', async () => {
    const everywhere = await tokenFor({ countries: ['*'] });
    await fc.assert(
      fc.asyncProperty(implausible, async ({ form, field }) => {
        const before = await intake.infra.store.headPosition();
        const res = await request(intake.app.getHttpServer()).post('/returnees').set('Authorization', `Bearer ${everywhere}`).send(form);
        expect({ status: res.status, fields: res.body.errors?.map((e: { field: string }) => e.field) }).toEqual({ status: 400, fields: expect.arrayContaining([field]) });
        expect(await intake.infra.store.headPosition()).toBe(before);
      }),
      { numRuns: 100 },
    );
  });
});
