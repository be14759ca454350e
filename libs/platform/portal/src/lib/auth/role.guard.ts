import { inject } from '@angular/core';
import { CanActivateFn, CanMatchFn, Router } from '@angular/router';
import type { Role } from '@nabij/platform/contracts';
import { AuthStore } from './auth.store';

/** Where everyone lands after logging in; the route picks the home that fits the role. */
export const HOME_PATH = '/home';

/**
 * Lets through only logged-in users with one of `roles`. Not logged in → /login, remembering
 * where they wanted to go; logged in with another role → their own home.
 */
export function roleGuard(...roles: Role[]): CanActivateFn {
  return async (_route, state) => {
    const auth = inject(AuthStore);
    const router = inject(Router);
    await auth.restore();
    const role = auth.role();
    if (!role) return router.createUrlTree(['/login'], { queryParams: { next: state.url } });
    return roles.includes(role) ? true : router.parseUrl(HOME_PATH);
  };
}

/** Picks one of several routes on the same path by role (e.g. the home of a client or a worker). */
export function matchRole(role: Role): CanMatchFn {
  return async () => {
    const auth = inject(AuthStore);
    await auth.restore();
    return auth.role() === role;
  };
}

/** Only a path inside the portal may be a "next" target, never another site. */
export function safeNextUrl(next: string | null | undefined): string {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : HOME_PATH;
}
