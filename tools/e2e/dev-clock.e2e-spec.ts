import request from 'supertest';
import { InProcessBroker } from '@homeward/events';
import { DevClock, type Principal, type RunningService } from '@homeward/platform';
import { monitoringService } from '../../apps/monitoring/src/monitoring.module';
import { startTestService } from '../testing/test-services';
import { tokenFor } from '../testing/test-auth';

const ADMIN: Partial<Principal> = { userId: 'admin-1', role: 'admin', countries: ['*'] };
const SUPERVISOR: Partial<Principal> = { userId: 'sup-1', role: 'supervisor', countries: ['SN'] };

/** The dev clock exists only where it was asked for, answers admins only, and moves the service's own time. */
describe('The dev clock (HOMEWARD_DEV_CLOCK=1, embedded)', () => {
  let withClock: RunningService;
  let without: RunningService;
  const devClock = new DevClock();
  const get = async (s: RunningService, path: string, who: Partial<Principal>) => request(s.app.getHttpServer()).get(path).set('Authorization', `Bearer ${await tokenFor(who)}`);
  const post = async (s: RunningService, path: string, body: object, who: Partial<Principal>) =>
    request(s.app.getHttpServer()).post(path).set('Authorization', `Bearer ${await tokenFor(who)}`).send(body);

  beforeAll(async () => {
    [withClock, without] = await Promise.all([
      startTestService('monitoring', monitoringService, { mode: 'embedded', sharedBroker: new InProcessBroker(), devClock }),
      startTestService('monitoring', monitoringService, { mode: 'embedded', sharedBroker: new InProcessBroker() }),
    ]);
  }, 120000);
  afterAll(async () => {
    await withClock?.close();
    await without?.close();
  });

  it('is not there unless asked for', async () => {
    expect((await get(without, '/dev/clock', ADMIN)).status).toBe(404);
    expect((await post(without, '/dev/clock/advance', { hours: 1 }, ADMIN)).status).toBe(404);
  });

  it('answers admins only, refuses a move that is not whole hours forward, and moves the clock the service reads', async () => {
    expect((await get(withClock, '/dev/clock', SUPERVISOR)).body).toMatchObject({ statusCode: 403, code: 'ROLE_NOT_ALLOWED' });
    expect((await post(withClock, '/dev/clock/advance', { hours: 1 }, SUPERVISOR)).status).toBe(403);
    for (const hours of [0, -3, 1.5, '2']) {
      const refused = await post(withClock, '/dev/clock/advance', { hours }, ADMIN);
      expect([refused.status, refused.body.errors?.[0]?.field]).toEqual([400, 'hours']);
    }
    expect(devClock.read().offsetMs).toBe(0);
    const moved = await post(withClock, '/dev/clock/advance', { hours: 25 }, ADMIN);
    expect(moved.status).toBe(201);
    expect(moved.body).toEqual({ now: expect.any(String), offsetMs: 25 * 3_600_000, fired: 0 });
    expect(new Date(moved.body.now).getTime() - Date.now()).toBeGreaterThan(24.9 * 3_600_000);
    expect((await get(withClock, '/dev/clock', ADMIN)).body).toMatchObject({ offsetMs: 25 * 3_600_000 });
  });

  it('is not in the API description', async () => {
    const doc = await request(withClock.app.getHttpServer()).get('/docs-json');
    expect(Object.keys(doc.body.paths).filter((p) => p.startsWith('/dev'))).toEqual([]);
  });
});
