import { SignJWT } from 'jose';
import { signDevToken, tokenVerifier } from './jwt';

const secret = 'a-secret-that-is-long-enough-for-hs256-0123456789';
const issuer = 'homeward';
const now = () => Math.floor(Date.now() / 1000);

/** A token with exactly the times given (seconds since the epoch), none when left out. */
function token(times: { iat?: number; exp?: number }): Promise<string> {
  const jwt = new SignJWT({ role: 'case_manager', countries: ['SN'] }).setProtectedHeader({ alg: 'HS256' }).setSubject('cm-awa').setIssuer(issuer);
  if (times.iat !== undefined) jwt.setIssuedAt(times.iat);
  if (times.exp !== undefined) jwt.setExpirationTime(times.exp);
  return jwt.sign(new TextEncoder().encode(secret));
}

const verify = tokenVerifier({ secret, issuer });
const accepted = (t: Promise<string>, check = verify) => t.then(check).then(() => true, () => false);

describe('A token says when it expires, and not too far ahead', () => {
  it('accepts the tokens npm run tokens issues (12 hours)', async () => {
    await expect(verify(await signDevToken(secret, issuer, { userId: 'cm-awa', role: 'case_manager', countries: ['SN'] }))).resolves.toEqual({ userId: 'cm-awa', role: 'case_manager', countries: ['SN'] });
  });

  it('refuses a token without exp, which would never expire', async () => {
    expect(await accepted(token({ iat: now() }))).toBe(false);
    expect(await accepted(token({}))).toBe(false);
  });

  it('refuses a lifetime beyond 12 hours by default, from iat, or from now without iat', async () => {
    expect(await accepted(token({ iat: now(), exp: now() + 12 * 3600 }))).toBe(true);
    expect(await accepted(token({ iat: now(), exp: now() + 12 * 3600 + 60 }))).toBe(false);
    expect(await accepted(token({ iat: now() - 11 * 3600, exp: now() + 2 * 3600 }))).toBe(false);
    expect(await accepted(token({ exp: now() + 3600 }))).toBe(true);
    expect(await accepted(token({ exp: now() + 30 * 86400 }))).toBe(false);
  });

  it('counts from now for a token issued "in the future", so it cannot stretch its life that way', async () => {
    expect(await accepted(token({ iat: now() + 10 * 365 * 86400, exp: now() + 10 * 365 * 86400 + 3600 }))).toBe(false);
  });

  it('takes the maximum it is configured with', async () => {
    const strict = tokenVerifier({ secret, issuer, maxLifetimeSeconds: 900 });
    expect(await accepted(token({ iat: now(), exp: now() + 900 }), strict)).toBe(true);
    expect(await accepted(token({ iat: now(), exp: now() + 3600 }), strict)).toBe(false);
  });

  it('still refuses an expired token', async () => {
    expect(await accepted(token({ iat: now() - 7200, exp: now() - 3600 }))).toBe(false);
  });
});

describe("A service provider's token names its organisation", () => {
  it('carries the organisation a provider user acts for, and no other role gets one', async () => {
    const provider = { userId: 'u-nurse-1', role: 'service_provider' as const, countries: ['SN'], organisationId: 'prov-clinique-espoir' };
    await expect(verify(await signDevToken(secret, issuer, provider))).resolves.toEqual(provider);
    const manager = await signDevToken(secret, issuer, { userId: 'cm-awa', role: 'case_manager', countries: ['SN'], organisationId: 'prov-x' });
    await expect(verify(manager)).resolves.toEqual({ userId: 'cm-awa', role: 'case_manager', countries: ['SN'] });
  });

  it('refuses a provider token that names none: it could see nothing, or too much', async () => {
    expect(await accepted(signDevToken(secret, issuer, { userId: 'u-nurse-1', role: 'service_provider', countries: ['SN'] }))).toBe(false);
  });
});
