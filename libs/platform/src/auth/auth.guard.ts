import { ForbiddenException, Injectable, UnauthorizedException, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Role } from '@homeward/events';
import { requestContext } from '../observability/request-context';
import type { TokenVerifier } from './jwt';
import type { Principal } from './principal';
import { IS_PUBLIC } from './public.decorator';
import { ROLES_KEY } from './roles.decorator';

@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly verify: TokenVerifier,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    const req = context.switchToHttp().getRequest<{ headers: Record<string, string | undefined>; principal?: Principal }>();
    const token = bearerToken(req.headers.authorization);
    if (!token) throw new UnauthorizedException({ code: 'UNAUTHENTICATED', message: 'A bearer token is required' });
    let principal: Principal;
    try {
      principal = await this.verify(token);
    } catch {
      throw new UnauthorizedException({ code: 'UNAUTHENTICATED', message: 'The bearer token is invalid or expired' });
    }
    req.principal = principal;
    const ctx = requestContext.getStore();
    if (ctx) ctx.userId = principal.userId;
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    if (roles && !roles.includes(principal.role)) {
      throw new ForbiddenException({ code: 'ROLE_NOT_ALLOWED', message: `Role ${principal.role} may not do this` });
    }
    return true;
  }
}

/** The scheme is case-insensitive and may be followed by several spaces (RFC 9110 §11.1, §11.4). */
export function bearerToken(authorization: string | undefined): string | undefined {
  return /^Bearer +([^\s]+) *$/i.exec(authorization ?? '')?.[1];
}
