import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import type { Role } from '@nabij/platform/contracts';
import type { AuthUser } from './auth-user';

export const IS_PUBLIC = 'nabij:isPublic';
export const ROLES = 'nabij:roles';

/** Anyone may call this route, signed in or not. */
export const Public = () => SetMetadata(IS_PUBLIC, true);

/** Only these roles may call this route. Routes without @Public or @Roles are refused. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES, roles);

export const CurrentUser = createParamDecorator((_: unknown, ctx: ExecutionContext): AuthUser => {
  return ctx.switchToHttp().getRequest().user;
});
