import { CanActivate, ExecutionContext, ForbiddenException, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { TWO_FACTOR_REQUIRED, type Role } from '@nabij/platform/contracts';
import { IS_PUBLIC, ROLES, SECOND_FACTOR } from './access.decorators';
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
      throw new ForbiddenException({ message: 'You do not have access to this.', code: 'common.forbidden' });
    }
    if (this.reflector.getAllAndOverride<boolean>(SECOND_FACTOR, targets) && !user.amr?.includes('otp')) {
      throw new ForbiddenException({
        message: 'Log in again with the code from your authenticator app to do this.',
        code: TWO_FACTOR_REQUIRED,
      });
    }
    return true;
  }
}
