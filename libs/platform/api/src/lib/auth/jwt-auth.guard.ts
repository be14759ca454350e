import { ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import { IS_PUBLIC, OPTIONAL_USER } from './access.decorators';

/** Global guard: every route needs a valid access token unless it is marked @Public(). */
@Injectable()
export class JwtAuthGuard extends AuthGuard('jwt') {
  constructor(private readonly reflector: Reflector) {
    super();
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (!this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return (await super.canActivate(context)) as boolean;
    if (this.reflector.getAllAndOverride<boolean>(OPTIONAL_USER, targets) && hasBearer(context)) {
      // Signed in or not: a token that fails (expired, ended) just leaves the caller anonymous.
      await Promise.resolve(super.canActivate(context)).catch(() => undefined);
    }
    return true;
  }
}

function hasBearer(context: ExecutionContext): boolean {
  if (context.getType() !== 'http') return false;
  const header = context.switchToHttp().getRequest().headers?.authorization;
  return typeof header === 'string' && /^Bearer\s+\S/i.test(header);
}
