import request from 'supertest';
import { InProcessBroker, ManualClock, type IdGenerator } from '@homeward/events';
import type { RunningService } from '@homeward/platform';
import { intakeService } from '../../apps/intake/src/intake.module';
import { tokenFor } from '../testing/test-auth';
import { startTestService } from '../testing/test-services';
import { anotherReturnee } from './registration-slice.scenario';

/** UUIDs a test can name in advance: the nth id the service asks for. */
const nthUuid = (n: number) => `00000000-0000-7000-8000-${String(n).padStart(12, '0')}`;
const countingUuids = (): IdGenerator => {
  let n = 0;
  return () => nthUuid(++n);
};

/**
 * Time and ids come from outside the domain and the controllers: a service started with its own
 * clock and id generator records exactly those instants and ids (issue 9, A3).
 */
describe('Embedded mode: intake takes its clock and its ids from the platform', () => {
  const clock = new ManualClock('2026-11-02T09:00:00.000Z');
  let intake: RunningService;

  beforeAll(async () => {
    intake = await startTestService('intake', intakeService, { mode: 'embedded', sharedBroker: new InProcessBroker(), clock, ids: countingUuids() });
  });
  afterAll(() => intake?.close());

  it('records the registration at the clock’s instant, under ids from the generator', async () => {
    const res = await request(intake.app.getHttpServer()).post('/returnees').set('Authorization', `Bearer ${await tokenFor()}`).send(anotherReturnee());
    expect(res.status).toBe(201);
    // Registration asks for the returnee's id, then the case's, then those of the needs a screening may derive.
    expect(res.body).toMatchObject({ returneeId: nthUuid(1), caseId: nthUuid(2) });
    const history = await intake.infra.store.readStream(`case-${nthUuid(2)}`);
    expect(history.map((e) => e.occurredAt)).toEqual(['2026-11-02T09:00:00.000Z', '2026-11-02T09:00:00.000Z']);
  });

  it('moves with the clock, and a session gets the next id', async () => {
    clock.advance(3 * 86_400_000);
    const caseId = nthUuid(2);
    const res = await request(intake.app.getHttpServer())
      .post(`/cases/${caseId}/sessions`)
      .set('Authorization', `Bearer ${await tokenFor()}`)
      .send({ phase: 'pre_departure', scheduledFor: '2026-11-06T10:00:00Z' });
    expect(res.status).toBe(201);
    expect(res.body.sessionId).toBe(nthUuid(5));
    const history = await intake.infra.store.readStream(`case-${caseId}`);
    expect(history.at(-1)).toMatchObject({ type: 'intake.CounsellingSessionScheduled', occurredAt: '2026-11-05T09:00:00.000Z', data: { sessionId: nthUuid(5) } });
  });
});
