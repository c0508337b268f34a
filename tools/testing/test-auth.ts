import { signDevToken, type Principal } from '@homeward/platform';

export const TEST_SECRET = 'test-secret-that-is-long-enough-for-hs256-0123456789';
export const TEST_ISSUER = 'homeward';

export const tokenFor = (principal: Partial<Principal> = {}): Promise<string> =>
  signDevToken(TEST_SECRET, TEST_ISSUER, { userId: 'cm-awa', role: 'case_manager', countries: ['SN', 'MA'], ...principal });
