import { HttpClient } from '@angular/common/http';
import { Injectable, InjectionToken, inject } from '@angular/core';
import { Observable } from 'rxjs';

/** Where the API lives. Same origin as the portal, so the refresh cookie just works. */
export const API_BASE_URL = new InjectionToken<string>('API_BASE_URL', { providedIn: 'root', factory: () => '/api' });

/** HttpClient with the API prefix; the auth interceptor adds the Bearer token to these calls. */
@Injectable({ providedIn: 'root' })
export class ApiClient {
  private readonly http = inject(HttpClient);
  readonly baseUrl = inject(API_BASE_URL);

  get<T>(path: string): Observable<T> {
    return this.http.get<T>(this.baseUrl + path);
  }

  post<T>(path: string, body: unknown = {}): Observable<T> {
    return this.http.post<T>(this.baseUrl + path, body);
  }

  put<T>(path: string, body: unknown): Observable<T> {
    return this.http.put<T>(this.baseUrl + path, body);
  }

  patch<T>(path: string, body: unknown): Observable<T> {
    return this.http.patch<T>(this.baseUrl + path, body);
  }

  /** `body` for the few deletes that need one, e.g. the code that confirms turning two-factor off. */
  delete<T = void>(path: string, body?: unknown): Observable<T> {
    return body === undefined ? this.http.delete<T>(this.baseUrl + path) : this.http.delete<T>(this.baseUrl + path, { body });
  }
}
