import { startService, type ServiceDefinition } from '../create-service-app';
import type { ServiceConfig } from '../config';
import { DevClock } from './dev-clock';

const HOUR_MS = 3_600_000;

describe('The dev clock', () => {
  it('moves every service reading it forward, and fires what became due on each, saying how many', async () => {
    const devClock = new DevClock();
    const seen: Date[] = [];
    devClock.attach(async () => (seen.push(devClock.clock.now()), 1));
    devClock.attach(async () => 2);
    const before = Date.now();
    const moved = await devClock.advance(25 * HOUR_MS);
    expect(moved.offsetMs).toBe(25 * HOUR_MS);
    expect(moved.fired).toBe(3);
    expect(new Date(moved.now).getTime()).toBeGreaterThanOrEqual(before + 25 * HOUR_MS);
    // The deadlines were judged on the moved clock.
    expect(seen[0].getTime()).toBeGreaterThanOrEqual(before + 25 * HOUR_MS);
    expect(devClock.read().offsetMs).toBe(25 * HOUR_MS);
  });

  it('never moves back: no event may be dated before one already recorded', async () => {
    const devClock = new DevClock();
    await expect(devClock.advance(-HOUR_MS)).rejects.toThrow(/only moves forward/);
    await expect(devClock.advance(0)).rejects.toThrow(/only moves forward/);
    expect(devClock.read().offsetMs).toBe(0);
  });

  it('is refused to a distributed service before anything is opened', async () => {
    const config = { service: 'referrals', mode: 'distributed', port: 0 } as ServiceConfig;
    await expect(startService(config, { name: 'referrals' } as ServiceDefinition, { devClock: new DevClock() })).rejects.toThrow(/dev clock is for embedded mode only/);
  });
});
