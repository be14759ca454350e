import { ExecutionContext, Injectable, Type } from '@nestjs/common';
import { ThrottlerGuard, type ThrottlerModuleOptions, type ThrottlerOptions } from '@nestjs/throttler';

/** One named limit as it holds for one route: @Throttle's numbers where it sets them, else the module's. */
interface RouteLimit {
  name: string;
  limit: number;
  ttl: number;
  blockDuration: number;
}

/** @nestjs/throttler's metadata keys are its constant prefix and the limit's name (`THROTTLER_LIMIT` + 'default'). */
const META = {
  skip: 'THROTTLER:SKIP',
  limit: 'THROTTLER:LIMIT',
  ttl: 'THROTTLER:TTL',
  blockDuration: 'THROTTLER:BLOCK_DURATION',
  tracker: 'THROTTLER:TRACKER',
  keyGenerator: 'THROTTLER:KEY_GENERATOR',
} as const;

/**
 * The per-IP request limit of @nestjs/throttler (its decorators, storage, 429 and headers), with two
 * differences in how it gets there:
 *
 * - The counter key is plain text: the default hashes route, limit name and address with SHA-256 on
 *   every request, which costs time and hides nothing (the counters live 60 seconds, in this process
 *   or in Redis under `nabij:throttle:<database>:`).
 * - What a route's limits are (its @Throttle and @SkipThrottle, else the module's) is worked out on
 *   its first request and remembered: the library's guard asks the Reflector for six kinds of metadata
 *   per limit and awaits three values on every request (issue 12). Routes whose metadata holds
 *   functions (a limit per request) are left to the library's own guard, as are module options we do
 *   not use (skipIf, ignoreUserAgents, a tracker or key of its own) and anything but HTTP.
 */
@Injectable()
export class RequestLimitGuard extends ThrottlerGuard {
  /** Per handler, per controller class: its limits, or null for "ask the library's guard". */
  private readonly routes = new WeakMap<object, WeakMap<object, RouteLimit[] | null>>();

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    // Sockets (if a gateway ever meets this guard) and routes it does not cover: the library's guard.
    const limits = context.getType() === 'http' ? this.limitsOf(context) : null;
    if (limits === null) return super.canActivate(context);
    if (limits.length === 0) return true;
    const { req, res } = this.getRequestResponse(context);
    const tracker = await this.getTracker(req);
    for (const { name, limit, ttl, blockDuration } of limits) {
      const key = this.generateKey(context, tracker, name);
      const { totalHits, timeToExpire, isBlocked, timeToBlockExpire } = await this.storageService.increment(
        key,
        ttl,
        limit,
        blockDuration,
        name,
      );
      const suffix = name === 'default' ? '' : `-${name}`;
      if (isBlocked) {
        res.setHeader(`Retry-After${suffix}`, timeToBlockExpire);
        await this.throwThrottlingException(context, { limit, ttl, key, tracker, totalHits, timeToExpire, isBlocked, timeToBlockExpire });
      }
      res.setHeader(`${this.headerPrefix}-Limit${suffix}`, limit);
      res.setHeader(`${this.headerPrefix}-Remaining${suffix}`, Math.max(0, limit - totalHits));
      res.setHeader(`${this.headerPrefix}-Reset${suffix}`, timeToExpire);
    }
    return true;
  }

  protected override generateKey(context: ExecutionContext, tracker: string, name: string): string {
    return `${context.getClass().name}-${context.getHandler().name}-${name}-${tracker}`;
  }

  private limitsOf(context: ExecutionContext): RouteLimit[] | null {
    const handler = context.getHandler();
    const classRef = context.getClass();
    let ofHandler = this.routes.get(handler);
    if (!ofHandler) this.routes.set(handler, (ofHandler = new WeakMap()));
    let limits = ofHandler.get(classRef);
    if (limits === undefined) ofHandler.set(classRef, (limits = this.resolveLimits(handler, classRef)));
    return limits;
  }

  /** The route's limits from its metadata, or null when some of it can only be known per request. */
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  private resolveLimits(handler: Function, classRef: Type): RouteLimit[] | null {
    // The module's options as given (the library fills in its own tracker and key afterwards).
    const given: Partial<Exclude<ThrottlerModuleOptions, ThrottlerOptions[]>> = Array.isArray(this.options) ? {} : this.options;
    if (given.skipIf || given.ignoreUserAgents || given.setHeaders === false || given.getTracker || given.generateKey) return null;
    const limits: RouteLimit[] = [];
    for (const throttler of this.throttlers) {
      const name = throttler.name ?? 'default';
      const meta = (kind: keyof typeof META): unknown => this.reflector.getAllAndOverride(META[kind] + name, [handler, classRef]);
      if (throttler.skipIf || throttler.ignoreUserAgents || throttler.getTracker || throttler.generateKey) return null;
      if (throttler.setHeaders === false || meta('tracker') || meta('keyGenerator')) return null;
      if (meta('skip')) continue;
      const limit = meta('limit') ?? throttler.limit;
      const ttl = meta('ttl') ?? throttler.ttl;
      const blockDuration = meta('blockDuration') ?? throttler.blockDuration ?? ttl;
      if (typeof limit !== 'number' || typeof ttl !== 'number' || typeof blockDuration !== 'number') return null;
      limits.push({ name, limit, ttl, blockDuration });
    }
    return limits;
  }
}
