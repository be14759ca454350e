import { Route } from '@angular/router';
import { ROLES } from '@nabij/platform/contracts';
import { matchRole, roleGuard } from '@nabij/platform/portal';

/** Every page is lazy-loaded from its domain lib, so a phone on 3G downloads only what it opens. */
export const appRoutes: Route[] = [
  { path: '', pathMatch: 'full', loadComponent: () => import('@nabij/intake/portal').then((m) => m.StartPage) },
  { path: 'referral', loadComponent: () => import('@nabij/intake/portal').then((m) => m.ReferralPage) },
  { path: 'register', loadComponent: () => import('@nabij/intake/portal').then((m) => m.RegisterPage) },
  { path: 'verify', loadComponent: () => import('@nabij/intake/portal').then((m) => m.VerifyPage) },
  { path: 'dev/mail', loadComponent: () => import('@nabij/intake/portal').then((m) => m.DevMailPage) },
  { path: 'login', loadComponent: () => import('@nabij/identity/portal').then((m) => m.LoginPage) },
  {
    path: 'home',
    canActivate: [roleGuard(...ROLES)],
    children: [
      { path: '', canMatch: [matchRole('client')], loadComponent: () => import('@nabij/identity/portal').then((m) => m.ClientHomePage) },
      { path: '', canMatch: [matchRole('worker')], loadComponent: () => import('@nabij/identity/portal').then((m) => m.WorkerHomePage) },
      { path: '', canMatch: [matchRole('team_lead')], loadComponent: () => import('@nabij/identity/portal').then((m) => m.TeamLeadHomePage) },
      { path: '', canMatch: [matchRole('admin')], loadComponent: () => import('@nabij/identity/portal').then((m) => m.AdminHomePage) },
      // Nobody logged in: the parent guard never ran because no child matched, so send to login here.
      { path: '**', redirectTo: '/login' },
    ],
  },
  { path: '**', loadComponent: () => import('@nabij/platform/portal').then((m) => m.NotFoundPage) },
];
