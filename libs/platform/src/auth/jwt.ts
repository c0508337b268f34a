import { createRemoteJWKSet, jwtVerify, SignJWT, type JWTVerifyGetKey } from 'jose';
import { ROLES, type Role } from '@homeward/events';
import type { Principal } from './principal';

export interface JwtSettings {
  secret?: string;
  jwksUrl?: string;
  issuer: string;
}

export type TokenVerifier = (token: string) => Promise<Principal>;

/** Verifies with a shared secret (HS256) or a JWKS endpoint; the claims must name a known role and a country scope. */
export function tokenVerifier(settings: JwtSettings): TokenVerifier {
  const key: Uint8Array | JWTVerifyGetKey = settings.jwksUrl
    ? createRemoteJWKSet(new URL(settings.jwksUrl))
    : new TextEncoder().encode(requireSecret(settings.secret));
  return async (token) => {
    const { payload } = await jwtVerify(token, key as Uint8Array, { issuer: settings.issuer, algorithms: settings.jwksUrl ? undefined : ['HS256'] });
    const role = payload.role as Role;
    const countries = payload.countries;
    if (typeof payload.sub !== 'string' || !ROLES.includes(role)) throw new Error('token lacks a subject or a known role');
    if (!Array.isArray(countries) || !countries.every((c) => typeof c === 'string')) throw new Error('token lacks a country scope');
    return { userId: payload.sub, role, countries: countries as string[] };
  };
}

export async function signDevToken(secret: string, issuer: string, principal: Principal, ttl = '12h'): Promise<string> {
  return new SignJWT({ role: principal.role, countries: principal.countries })
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
