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
    expect(serviceNamed('monitoring')?.consumes).toEqual(['intake']);
    expect(serviceNamed('billing')).toBeUndefined();
  });

  it('consumes only services it knows', () => {
    for (const s of SERVICES) for (const c of s.consumes) expect(serviceNamed(c)).toBeDefined();
  });
});
