import { HttpErrorResponse } from '@angular/common/http';
import { TWO_FACTOR_REQUIRED, type ErrorBody } from '@nabij/platform/contracts';

/** ErrorBody as the portal sees it: status 0 means the request never reached the API. */
export interface ApiError extends ErrorBody {
  /** Machine-readable reason some errors carry (e.g. 'email_not_verified'). */
  code?: string;
}

export function toApiError(err: unknown): ApiError {
  if (err instanceof HttpErrorResponse) {
    const body = err.error as Partial<ApiError> | null;
    if (body && typeof body === 'object' && typeof body.statusCode === 'number') {
      return {
        statusCode: body.statusCode,
        error: body.error ?? '',
        message: body.message ?? '',
        fields: body.fields,
        code: body.code,
        details: body.details,
      };
    }
    return { statusCode: err.status, error: err.statusText, message: '' };
  }
  return { statusCode: 0, error: 'Error', message: err instanceof Error ? err.message : String(err) };
}

/** The i18n key for errors a form does not handle itself (no connection, 429, 5xx, ...). */
export function generalErrorKey(error: ApiError): string {
  if (error.statusCode === 0) return 'platform.error.network';
  if (error.statusCode === 429) return 'platform.error.tooMany';
  // A login made without the second step (from before two-step verification) for work that needs it.
  if (error.statusCode === 403 && error.code === TWO_FACTOR_REQUIRED) return 'platform.error.twoFactorRequired';
  if (error.statusCode === 403) return 'platform.error.forbidden';
  return 'platform.error.server';
}
