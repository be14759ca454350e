/** Shared by the API DTOs and the portal forms, so both sides judge a password the same way. */
export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 200;
export const EMAIL_MAX_LENGTH = 254;
export const NAME_MAX_LENGTH = 100;

export function isStrongEnoughPassword(password: string): boolean {
  return (
    password.length >= PASSWORD_MIN_LENGTH &&
    password.length <= PASSWORD_MAX_LENGTH &&
    /[A-Za-z]/.test(password) &&
    /[^A-Za-z]/.test(password)
  );
}

/** zxcvbn score (0-4) a new password needs; the API checks it (the dictionaries are too big for the portal). */
export const PASSWORD_MIN_SCORE = 3;
/** `code` of the 400 for a password that is too easy to guess; the portal shows its own translation. */
export const PASSWORD_TOO_WEAK = 'password_too_weak';
/** `code` of the 429 when login attempts are throttled; the Retry-After header says how many seconds to wait. */
export const LOGIN_THROTTLED = 'login_throttled';
