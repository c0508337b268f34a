import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { SERVICES, serviceNamed } from './services';

describe('The service registry', () => {
  it('holds every app of the repository, each under its own name and port', () => {
    const apps = readdirSync(join(__dirname, '../apps')).sort();
    expect(SERVICES.map((s) => s.name).sort()).toEqual(apps);
    expect(new Set(SERVICES.map((s) => s.port)).size).toBe(SERVICES.length);
  });

  it('finds a service by name and nothing for an unknown one', () => {
    expect(serviceNamed('monitoring')?.consumes.map((c) => c.context)).toEqual(['intake', 'planning', 'referrals']);
    expect(serviceNamed('billing')).toBeUndefined();
  });

  it('consumes only services it knows, each from the contract that service publishes (the whole of it, or a part)', () => {
    for (const s of SERVICES)
      for (const c of s.consumes) {
        const published = serviceNamed(c.context)?.publishes;
        expect(published).toBeDefined();
        for (const definition of c.events) expect(published!.events).toContain(definition);
      }
    expect(serviceNamed('intake')?.consumes.flatMap((c) => c.events.map((e) => e.type))).toEqual(['referrals.ReferralAcknowledged']);
  });

  it('publishes events of its own context only', () => {
    for (const s of SERVICES) for (const e of s.publishes?.events ?? []) expect([s.name, e.context]).toEqual([s.name, s.name]);
  });
});
