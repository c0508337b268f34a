import fc from 'fast-check';
import request from 'supertest';
import { InProcessBroker } from '@homeward/events';
import type { RunningService } from '@homeward/platform';
import { intakeService } from '../../apps/intake/src/intake.module';
import { startTestService } from '../testing/test-services';
import { tokenFor } from '../testing/test-auth';
import { awa } from './registration-slice.scenario';

/**
 * Random payloads, from noise to near-misses of a valid registration: never a 500, and
 * whatever is refused appends nothing.
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
    .record({ field: fc.constantFrom(...fields), value: fc.oneof(fc.constant(null), fc.anything()) })
    .map(({ field, value }) => ({ ...awa, lastName: `Diallo${Math.random()}`, [field]: value }));
  const payload = fc.oneof(fc.anything(), fc.object(), nearMiss, fc.dictionary(fc.constantFrom(...fields, 'extra'), fc.jsonValue()));

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
});
