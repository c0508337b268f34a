import { configFromEnv, durationSeconds } from './config';

describe('HOMEWARD_JWT_MAX_TTL', () => {
  it.each([['43200', 43200], ['90s', 90], ['30m', 1800], ['12h', 43200], ['1d', 86400], [' 2H ', 7200]])('reads %j as %i seconds', (text, seconds) => {
    expect(durationSeconds('HOMEWARD_JWT_MAX_TTL', text)).toBe(seconds);
  });

  it.each(['', '0', '-5', '12 hours', '1.5h', 'h'])('refuses %j, naming the variable', (text) => {
    expect(() => durationSeconds('HOMEWARD_JWT_MAX_TTL', text)).toThrow(/HOMEWARD_JWT_MAX_TTL must be a positive duration/);
  });

  it('is read into the auth settings; left unset, the verifier applies its 12 hours', () => {
    expect(configFromEnv({ name: 'intake', port: 3001 }, { HOMEWARD_JWT_MAX_TTL: '8h' }).auth.maxLifetimeSeconds).toBe(28800);
    expect(configFromEnv({ name: 'intake', port: 3001 }, {}).auth.maxLifetimeSeconds).toBeUndefined();
  });
});
