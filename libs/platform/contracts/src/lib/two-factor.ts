/**
 * `code` of the 403 when a route needs a login made with a second factor (TOTP or recovery code),
 * or when staff try to turn their mandatory two-factor authentication off. In platform because the
 * API's guard sets it and every domain's portal may show it.
 */
export const TWO_FACTOR_REQUIRED = 'two_factor_required';

/** Authentication methods of a login, carried in the access token as `amr` (RFC 8176). */
export type AuthMethod = 'pwd' | 'otp';
