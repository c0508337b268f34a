import { createRemoteJWKSet, jwtVerify, SignJWT, type JWTVerifyGetKey } from 'jose';
import { ROLES, type Role } from '@homeward/events';
import type { Principal } from './principal';

export interface JwtSettings {
  secret?: string;
  jwksUrl?: string;
  issuer: string;
  /** The longest lifetime a token may have, in seconds; 12 hours when not set. */
  maxLifetimeSeconds?: number;
}

export const DEFAULT_MAX_TOKEN_LIFETIME_SECONDS = 12 * 3600;

export type TokenVerifier = (token: string) => Promise<Principal>;

/** Verifies with a shared secret (HS256) or a JWKS endpoint; the claims must name a known role and a country scope. */
export function tokenVerifier(settings: JwtSettings): TokenVerifier {
  const key: Uint8Array | JWTVerifyGetKey = settings.jwksUrl
    ? createRemoteJWKSet(new URL(settings.jwksUrl))
    : new TextEncoder().encode(requireSecret(settings.secret));
  return async (token) => {
    const { payload } = await jwtVerify(token, key as Uint8Array, {
      issuer: settings.issuer,
      algorithms: settings.jwksUrl ? undefined : ['HS256'],
      requiredClaims: ['exp'],
    });
    assertLifetime(payload.exp!, payload.iat, settings.maxLifetimeSeconds ?? DEFAULT_MAX_TOKEN_LIFETIME_SECONDS);
    const role = payload.role as Role;
    const countries = payload.countries;
    if (typeof payload.sub !== 'string' || !ROLES.includes(role)) throw new Error('token lacks a subject or a known role');
    if (!Array.isArray(countries) || !countries.every((c) => typeof c === 'string')) throw new Error('token lacks a country scope');
    // A provider's user sees what is addressed to its organisation: a token that names none could see nothing, or too much.
    if (role === 'service_provider' && (typeof payload.org !== 'string' || !payload.org)) throw new Error("a service provider's token names no organisation");
    return { userId: payload.sub, role, countries: countries as string[], ...(role === 'service_provider' ? { organisationId: payload.org as string } : {}) };
  };
}

/**
 * A token that never expires, or only in a month, is a leaked credential waiting to be used:
 * its lifetime runs from when it was issued (or from now, for a token that does not say, or says
 * a time to come) to its expiry, and may not exceed the maximum.
 */
function assertLifetime(exp: number, iat: number | undefined, maxSeconds: number): void {
  const now = Math.floor(Date.now() / 1000);
  const from = iat === undefined ? now : Math.min(iat, now);
  if (exp - from > maxSeconds) throw new Error(`token lifetime exceeds ${maxSeconds} seconds`);
}

export async function signDevToken(secret: string, issuer: string, principal: Principal, ttl = '12h'): Promise<string> {
  return new SignJWT({ role: principal.role, countries: principal.countries, ...(principal.organisationId ? { org: principal.organisationId } : {}) })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(principal.userId)
    .setIssuer(issuer)
    .setIssuedAt()
    .setExpirationTime(ttl)
    .sign(new TextEncoder().encode(requireSecret(secret)));
}

function requireSecret(secret: string | undefined): string {
  if (!secret || secret.length < 32) throw new Error('HOMEWARD_JWT_SECRET must be at least 32 characters');
  return secret;
}
