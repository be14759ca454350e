import { HttpErrorResponse, HttpInterceptorFn, HttpRequest } from '@angular/common/http';
import { inject } from '@angular/core';
import { catchError, switchMap, throwError } from 'rxjs';
import { AuthStore } from '../auth/auth.store';
import { API_BASE_URL } from './api-client';

/** Calls that manage the session themselves: never retried with a refresh. */
const SESSION_CALLS = [
  '/auth/login',
  '/auth/login/second-factor',
  '/auth/login/setup',
  '/auth/login/setup/confirm',
  '/auth/refresh',
  '/auth/logout',
];

/**
 * Adds the Bearer token to API calls. When the API answers 401 (token expired), it refreshes the
 * session once and repeats the call with the new token; a second 401 goes to the caller.
 */
export const authInterceptor: HttpInterceptorFn = (req, next) => {
  const base = inject(API_BASE_URL);
  if (!req.url.startsWith(`${base}/`)) return next(req);
  if (SESSION_CALLS.some((path) => req.url === base + path)) return next(req.clone({ withCredentials: true }));

  const auth = inject(AuthStore);
  return next(withToken(req, auth.accessToken())).pipe(
    catchError((err: unknown) => {
      if (!(err instanceof HttpErrorResponse) || err.status !== 401 || !auth.accessToken()) return throwError(() => err);
      return auth.refresh().pipe(
        catchError(() => throwError(() => err)),
        switchMap((session) => next(withToken(req, session.accessToken))),
      );
    }),
  );
};

function withToken<T>(req: HttpRequest<T>, token: string | null): HttpRequest<T> {
  return token ? req.clone({ setHeaders: { Authorization: `Bearer ${token}` } }) : req;
}
