import { inject } from '@angular/core';
import { CanActivateFn, CanMatchFn, RedirectCommand, Router } from '@angular/router';
import type { Role } from '@nabij/platform/contracts';
import { AuthStore } from './auth.store';

/** Where everyone lands after logging in; the route picks the home that fits the role. */
export const HOME_PATH = '/home';

/** The page "Je hebt geen toegang tot deze pagina"; the app's routes must have it. */
export const FORBIDDEN_PATH = '/geen-toegang';

/**
 * Lets through only logged-in users with one of `roles`. Not logged in → /login, remembering
 * where they wanted to go; logged in with another role → the forbidden page, shown at the address
 * they asked for (`browserUrl`: the address bar shows it), with a way back to their own home.
 */
export function roleGuard(...roles: Role[]): CanActivateFn {
  return async (_route, state) => {
    const auth = inject(AuthStore);
    const router = inject(Router);
    await auth.restore();
    const role = auth.role();
    if (!role) return router.createUrlTree(['/login'], { queryParams: { next: state.url } });
    return roles.includes(role) ? true : new RedirectCommand(router.parseUrl(FORBIDDEN_PATH), { browserUrl: state.url });
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
