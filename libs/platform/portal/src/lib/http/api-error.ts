import { HttpErrorResponse } from '@angular/common/http';
import { FIELD_ERROR_REASONS, TWO_FACTOR_REQUIRED, type ErrorBody } from '@nabij/platform/contracts';
import { errorTexts } from './errors.i18n';
import { isStaffErrorKey } from './staff-error-texts';

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
        fieldCodes: body.fieldCodes,
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

/**
 * The i18n key for an error in the page's language (issue 17): the text for the error's stable
 * `code` (`platform.error.code.<code>`, in the client set or, once it has arrived, the staff set) when the portal has one,
 * else the general key for its status. Never the API's English `message`.
 */
export function errorKey(error: ApiError): string {
  const key = error.code ? `platform.error.code.${error.code}` : null;
  if (key && (key in errorTexts.nl || isStaffErrorKey(key))) return key;
  if (error.statusCode === 404) return 'platform.error.code.common.not_found';
  if (error.statusCode === 400) return 'platform.error.reason.invalid';
  return generalErrorKey(error);
}

/** Whether the error carries this stable code (instead of matching the English message). */
export function hasErrorCode(error: ApiError, code: string): boolean {
  return error.code === code;
}

/**
 * What the API said about one field, as an i18n key in the page's language: its stable code
 * (`file.type`) names a reason the platform words in B1 (`platform.error.reason.type`). Null when the
 * API gave no code for the field; never the API's English message.
 */
export function fieldErrorKey(error: ApiError, field: string): string | null {
  const code = error.fieldCodes?.[field];
  if (!code) return null;
  const reason = code.slice(code.lastIndexOf('.') + 1);
  return (FIELD_ERROR_REASONS as readonly string[]).includes(reason) ? `platform.error.reason.${reason}` : 'platform.error.reason.invalid';
}

/** The key for the first field the API refused with a code (a form that shows one message), or null. */
export function firstFieldErrorKey(error: ApiError): string | null {
  const [field] = Object.keys(error.fieldCodes ?? {});
  return field ? fieldErrorKey(error, field) : null;
}
