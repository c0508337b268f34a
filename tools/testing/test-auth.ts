import { signDevToken, type Principal } from '@homeward/platform';

export const TEST_SECRET = 'test-secret-that-is-long-enough-for-hs256-0123456789';
export const TEST_ISSUER = 'homeward';

/** A test's token; a service provider's names its organisation (its user id, unless the test says). */
export const tokenFor = (principal: Partial<Principal> = {}): Promise<string> => {
  const who: Principal = { userId: 'cm-awa', role: 'case_manager', countries: ['SN', 'MA'], ...principal };
  return signDevToken(TEST_SECRET, TEST_ISSUER, who.role === 'service_provider' ? { organisationId: who.userId, ...who } : who);
};
