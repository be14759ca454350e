import { CanActivate, ExecutionContext, ForbiddenException, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Role } from '@nabij/platform/contracts';
import { IS_PUBLIC, ROLES } from './access.decorators';
import type { AuthUser } from './auth-user';

/** Deny by default: a route must say who may call it with @Roles(...) or @Public(). */
@Injectable()
export class RolesGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    if (context.getType() !== 'http') return true;
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES, targets);
    const user: AuthUser | undefined = context.switchToHttp().getRequest().user;
    if (!roles || roles.length === 0 || !user || !roles.includes(user.role)) {
      throw new ForbiddenException('You do not have access to this.');
    }
    return true;
  }
}
