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
    const [scheme, token] = (req.headers.authorization ?? '').split(' ');
    if (scheme !== 'Bearer' || !token) throw new UnauthorizedException({ code: 'UNAUTHENTICATED', message: 'A bearer token is required' });
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
