import fc from 'fast-check';
import request from 'supertest';
import { InProcessBroker } from '@homeward/events';
import type { RunningService } from '@homeward/platform';
import { intakeService } from '../../apps/intake/src/intake.module';
import { startTestService } from '../testing/test-services';
import { tokenFor } from '../testing/test-auth';
import { hostileUnit, sendRaw, surelyBadBodies, withHostileText } from './hostile-input';
import { forms } from './intake-writes.scenario';
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
    await fc.assert(
      fc.asyncProperty(payload, async (body) => {
        const before = await intake.infra.store.headPosition();
        const res = await request(intake.app.getHttpServer())
          .post('/returnees')
          .set('Authorization', `Bearer ${token}`)
          .set('Content-Type', 'application/json')
          .send(JSON.stringify(body) ?? 'undefined');
        expect(res.status).toBeLessThan(500);
        // A 422 would mean the DTO let through what the event schema refuses: the field would go unnamed.
        expect(res.status).not.toBe(422);
        if (res.status !== 201) {
          expect(res.status).toBeGreaterThanOrEqual(400);
          expect(await intake.infra.store.headPosition()).toBe(before);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('refuses what is surely bad with a 4xx naming the field, appending nothing', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constant(null).chain(() => surelyBadBodies(fullForm())), async (attempt) => {
        const before = await intake.infra.store.headPosition();
        const res = await sendRaw(intake.app.getHttpServer(), 'post', '/returnees', attempt.bytes, { Authorization: `Bearer ${token}`, ...attempt.headers });
        expect({ label: attempt.label, status: res.status }).toEqual({ label: attempt.label, status: attempt.status });
        expect(res.body.errors?.map((e: { field: string }) => e.field)).toContain(attempt.field);
        expect(await intake.infra.store.headPosition()).toBe(before);
      }),
      { numRuns: 150 },
    );
  });
});
