import { applyDecorators, createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import type { Role } from '@nabij/platform/contracts';
import type { AuthUser } from './auth-user';

export const IS_PUBLIC = 'nabij:isPublic';
export const ROLES = 'nabij:roles';
export const SECOND_FACTOR = 'nabij:secondFactor';
export const OPTIONAL_USER = 'nabij:optionalUser';

/** Anyone may call this route, signed in or not. */
export const Public = () => SetMetadata(IS_PUBLIC, true);

/**
 * Anyone may call this route; when the request carries a valid access token, `@CurrentUser()` is
 * that user (else `undefined`). A missing, expired or ended token never makes the call fail.
 */
export const PublicWithOptionalUser = () => applyDecorators(SetMetadata(IS_PUBLIC, true), SetMetadata(OPTIONAL_USER, true));

/** Only these roles may call this route. Routes without @Public or @Roles are refused. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES, roles);

/**
 * The route also needs a login made with a second factor (`amr` holds `otp`); otherwise 403 with
 * `code: "two_factor_required"`. For the most sensitive admin work, such as searching the access log.
 */
export const RequireSecondFactor = () => SetMetadata(SECOND_FACTOR, true);

export const CurrentUser = createParamDecorator((_: unknown, ctx: ExecutionContext): AuthUser => {
  return ctx.switchToHttp().getRequest().user;
});
