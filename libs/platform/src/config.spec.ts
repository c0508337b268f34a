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

describe('HOMEWARD_OFFICE_TIME_ZONES', () => {
  const INTAKE = { name: 'intake', port: 3001 };
  it('is read as country=zone pairs; left unset, every office takes its zone from the tz database', () => {
    expect(configFromEnv(INTAKE, { HOMEWARD_OFFICE_TIME_ZONES: 'SN=Africa/Dakar,MA=Africa/Casablanca' }).officeTimeZones).toEqual({ SN: 'Africa/Dakar', MA: 'Africa/Casablanca' });
    expect(configFromEnv(INTAKE, {}).officeTimeZones).toEqual({});
  });

  it('stops the service on a zone it does not know, naming the variable', () => {
    expect(() => configFromEnv(INTAKE, { HOMEWARD_OFFICE_TIME_ZONES: 'SN=Africa/Atlantis' })).toThrow(/HOMEWARD_OFFICE_TIME_ZONES/);
  });
});

describe('HOMEWARD_DEV_CLOCK', () => {
  const REFERRALS = { name: 'referrals', port: 3003 } as const;
  const distributed = { HOMEWARD_MODE: 'distributed', HOMEWARD_PG_URL: 'postgres://x', HOMEWARD_KAFKA_BROKERS: 'k:9092', HOMEWARD_MONGO_URL: 'mongodb://x', HOMEWARD_JWT_SECRET: 's' };

  it('turns the dev clock on in embedded mode only when set to 1', () => {
    expect(configFromEnv(REFERRALS, { HOMEWARD_DEV_CLOCK: '1' }).devClock).toBe(true);
    expect(configFromEnv(REFERRALS, {}).devClock).toBe(false);
    expect(configFromEnv(REFERRALS, { HOMEWARD_DEV_CLOCK: 'yes' }).devClock).toBe(false);
  });

  it('stops a distributed service that is asked for it, rather than ignoring it', () => {
    expect(configFromEnv(REFERRALS, distributed).devClock).toBe(false);
    expect(() => configFromEnv(REFERRALS, { ...distributed, HOMEWARD_DEV_CLOCK: '1' })).toThrow(/HOMEWARD_DEV_CLOCK is for embedded mode only/);
  });
});
