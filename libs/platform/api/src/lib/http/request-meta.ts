import { createParamDecorator, ExecutionContext } from '@nestjs/common';

/** Where a request came from, for the audit log. */
export interface RequestMeta {
  ip: string | null;
  userAgent: string | null;
}

export const ReqMeta = createParamDecorator((_: unknown, ctx: ExecutionContext): RequestMeta => {
  const req = ctx.switchToHttp().getRequest();
  return { ip: req.ip ?? null, userAgent: req.headers?.['user-agent']?.slice(0, 300) ?? null };
});
